using System.Globalization;
using System.Net;
using System.Text;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Hostile;

/// <summary>Limits:ComputeBudgetSeconds stops a calculation or check that runs past it with a 422 problem.</summary>
public sealed class ComputeBudgetTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_check_past_its_budget_is_stopped_with_a_problem()
    {
        // A budget of one tick (100 ns). A fast machine can reach the first checkpoints of a one-figure check within
        // it, so the check has a thousand figures, each read past a checkpoint: the last is reached well after the tick.
        await using var factory = new ApiFactory(database, Modules.Real, new Dictionary<string, string?> { ["Limits:ComputeBudgetSeconds"] = "0.0000001" });
        var client = factory.CreateClient();
        var figures = string.Join(", ", Enumerable.Range(0, 1_000).Select(i => $$"""{"id": "f{{i}}", "value": "{{i + 1}} MWh"}"""));

        var response = await client.PostAsync("/v1/checks", Wire.Body($$"""{"figures": [{{figures}}]}"""));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "budget-exceeded", "$");
        Assert.Contains("s of computation one request may use", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("a smaller request (Limits:ComputeBudgetSeconds)", problem.GetProperty("expected").GetString());
    }

    [Fact]
    public async Task A_page_calculation_past_its_budget_is_told_on_the_page_not_as_json()
    {
        await using var factory = new ApiFactory(database, Modules.Real, new Dictionary<string, string?> { ["Limits:ComputeBudgetSeconds"] = "0.0000001" });
        var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("kind,fuel,amount,unit\nfuel,diesel,892.32,t\n"), "table" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/workbench/calculate") { Content = form };
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("s of computation one request may use: send a smaller workbook, or ask the operator to raise Limits:ComputeBudgetSeconds", page, StringComparison.Ordinal);
    }

    // The budget is the request's CPU time (WorkBudget), which a loaded machine does not stretch as it does wall time:
    // this check uses about 0.05 s of the 10 s (bench/RESULTS-budget.md), however long it waits for a core.
    [Fact]
    public async Task A_check_of_10000_entries_stays_within_the_default_budget()
    {
        await using var factory = new ApiFactory(database, Modules.Real);
        var body = new StringBuilder("""{"figures": [""");
        for (var i = 0; i < 9_999; i++)
        {
            body.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"id": "f{{i}}", "value": "{{i + 1}}.5 MWh"}""");
        }

        body.Append("""], "relations": [{"id": "r", "metric": "f9998", "formula": "f9997 + 1 MWh"}]}""");

        var report = await Wire.ReadAsync(await factory.CreateClient().PostAsync("/v1/checks", Wire.Body(body.ToString())));

        // The most entries a body may hold (9,999 figures and a relation): f9997 + 1 MWh = 9,999.5 MWh = f9998 as printed.
        Assert.Equal("reproduced", report.GetProperty("checks")[0].GetProperty("verdict").GetString());
    }
}
