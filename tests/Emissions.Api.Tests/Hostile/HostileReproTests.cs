using System.Net;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Hostile;

/// <summary>
/// Every repro of issue 17 through the real service: a 4xx problem naming the field, and the same process
/// serving the next request (a stack overflow would end the test host, failing the whole run).
/// </summary>
public sealed class HostileReproTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    public static TheoryData<string> Names() => [.. HostileRepros.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Hostile_request_gets_a_4xx_problem_and_the_next_request_is_served(string name)
    {
        var repro = HostileRepros.All.Single(r => r.Name == name);
        var client = fixture.Factory.CreateClient();

        var response = await client.PostAsync(repro.Path, Wire.Body(repro.Body));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, repro.Slug, repro.Field);
        Assert.True(problem.GetProperty("detail").GetString()!.Length < 2_000, "the detail quotes a long input abbreviated");
        var next = await client.PostAsync("/v1/checks", Wire.Body("""{"figures": [{"id": "a", "value": "1 MWh"}, {"id": "b", "value": "2 MWh"}], "relations": [{"id": "r", "metric": "b", "formula": "a + a"}]}"""));
        var report = await Wire.ReadAsync(next);
        Assert.Equal("reproduced", report.GetProperty("checks")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_formula_at_the_limits_is_checked()
    {
        // 500 operands (a left-deep tree 499 levels deep) and 32 nested parentheses: the largest formula the limits allow.
        var sum = string.Join(" + ", Enumerable.Repeat("a", 500));
        var nested = new string('(', 32) + "a" + new string(')', 32);
        var body = $$"""
            {"figures": [{"id": "a", "value": "1 MWh"}, {"id": "b", "value": "500 MWh"}, {"id": "c", "value": "1 MWh"}],
             "relations": [{"id": "r", "metric": "b", "formula": "{{sum}}"}, {"id": "s", "metric": "c", "formula": "{{nested}}"}]}
            """;

        var report = await Wire.ReadAsync(await fixture.Factory.CreateClient().PostAsync("/v1/checks", Wire.Body(body)));

        Assert.All(report.GetProperty("checks").EnumerateArray(), c => Assert.Equal("reproduced", c.GetProperty("verdict").GetString()));
    }
}
