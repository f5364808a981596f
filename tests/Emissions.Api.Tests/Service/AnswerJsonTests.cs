using System.Text;
using System.Text.Json;
using Emissions.Api.Compute;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Calculation;
using Emissions.Contract.Calculations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Emissions.Api.Tests.Service;

/// <summary>
/// The service writes answers with its own serialiser options, whose trace converters write each input line straight
/// from the inventory; the bytes are those the generated code writes by enumerating the lines one input at a time.
/// </summary>
public sealed class AnswerJsonTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    // Three electricity lines and a fuel line (cn-2022): scope 2 sums three lines, so a full trace lists them and a
    // summary answer lists each line once.
    private const string Inventory = """
        {"factorSet": "cn-2022",
         "electricity": [{"amount": "100 MWh", "region": "CN-North"}, {"amount": "50.5 MWh", "region": "CN-North"}, {"amount": "1,200 kWh", "region": "CN-East"}],
         "fuels": [{"fuel": "natural-gas", "amount": "1,000 m3"}]}
        """;

    private JsonSerializerOptions ServiceOptions => fixture.Factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;

    // The service's options without converters: the generated code writes each list by enumerating its inputs.
    private JsonSerializerOptions Enumerating
    {
        get
        {
            var options = new JsonSerializerOptions(ServiceOptions);
            options.Converters.Clear();
            return options;
        }
    }

    [Fact]
    public void The_service_writes_trace_input_lists_with_the_list_converter()
    {
        Assert.IsType<TraceInputListJsonConverter>(ServiceOptions.GetConverter(typeof(IReadOnlyList<TraceInput>)));
        Assert.IsType<TraceInputJsonConverter>(ServiceOptions.GetConverter(typeof(TraceInput)));
    }

    [Theory]
    [InlineData("full")]
    [InlineData("summary")]
    public async Task A_calculation_answer_with_line_lists_is_the_bytes_the_enumerating_serialiser_writes(string trace)
    {
        var runner = fixture.Factory.Services.GetRequiredService<ComputeRunner>();
        var computed = await runner.CalculateAsync(Encoding.UTF8.GetBytes(Inventory), null, ComputePurpose.Request, null, CancellationToken.None, TraceDetails.Parse(trace, "trace"));
        var expected = JsonSerializer.Serialize(computed.Body, computed.Body.GetType(), Enumerating);

        var response = await fixture.Factory.CreateClient().PostAsync($"/v1/calculations?trace={trace}", Wire.Body(Inventory));
        var served = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, served);
        // The lists are there to write: three electricity lines (as the inventory reader names them) and the fuel line.
        Assert.Contains("\"$.electricity[2].amount\"", served, StringComparison.Ordinal);
        Assert.Contains("\"$.fuels[0].amount\"", served, StringComparison.Ordinal);
    }
}
