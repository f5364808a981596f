using System.Globalization;
using System.Text;
using System.Text.Json;
using Emissions.Contract.Calculations;

namespace Emissions.Cli.Tests;

public class TextWriterStreamTests
{
    [Fact]
    public void Utf8_split_inside_a_character_is_written_as_the_whole_character()
    {
        var bytes = Encoding.UTF8.GetBytes("万吨 tCO2e 兆瓦時");
        using var text = new StringWriter();
        using (var stream = new TextWriterStream(text))
        {
            // 万 is three bytes: the first write ends inside it, the second inside 兆.
            stream.Write(bytes.AsSpan(0, 2));
            stream.Write(bytes.AsSpan(2, 13));
            stream.Write(bytes.AsSpan(15));
        }

        Assert.Equal("万吨 tCO2e 兆瓦時", text.ToString());
    }

    [Fact]
    public void Json_written_through_the_stream_is_the_json_serialised_to_a_string()
    {
        var value = new CalculationResponse(
            [.. Enumerable.Range(0, 2_000).Select(i => new CalculationResponse.MetricDto($"dc.pue@站点{i}", (i * 1.25m).ToString(CultureInfo.InvariantCulture), "1", $"站点{i}", null))],
            new CalculationResponse.FactorSetDto("cn-2022", "hash"),
            [],
            []);
        using var text = new StringWriter();

        CliJson.Write(text, value);

        Assert.Equal(JsonSerializer.Serialize(value, CliJson.Options) + Environment.NewLine, text.ToString());
    }
}
