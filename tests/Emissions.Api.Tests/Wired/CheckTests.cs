using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Api.Tests.Wired;

/// <summary>POST /v1/checks runs Emissions.Core's verification on published figures, with the resolved factor set for factors and raw inputs.</summary>
public sealed class CheckTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    private static readonly JsonElement Expected = JsonDocument.Parse(Repository.Read("tests/fixtures/kuaishou-2020/expected.json")).RootElement;

    private static string ExpectedVerdict(string metric) =>
        Expected.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("metric").GetString() == metric).GetProperty("verdict").GetString()!;

    private static List<JsonElement> Checks(JsonElement report) => [.. report.GetProperty("checks").EnumerateArray()];

    private static JsonElement Single(List<JsonElement> checks, string metric, string relationStart) =>
        checks.Single(c => c.GetProperty("figure").GetString() == metric && c.GetProperty("relation").GetString()!.StartsWith(relationStart, StringComparison.Ordinal));

    public static TheoryData<string, string> PerEmployeeAndEnergy() => new()
    {
        { "ghg_total_per_employee", "ghg.total.per-employee =" },
        { "water_discharge_per_employee", "water.discharge.per-employee =" },
        { "waste_hazardous_per_employee", "waste.hazardous.per-employee =" },
        { "waste_non_hazardous_per_employee", "waste.non-hazardous.per-employee =" },
        { "energy_direct_per_employee", "energy.direct.per-employee =" },
        { "energy_indirect_per_employee", "energy.indirect.per-employee =" },
        { "energy_total_per_employee", "energy.total.per-employee =" },
        { "water_withdrawal_per_employee", "water.withdrawal.per-employee =" },
        { "energy_total", "energy.total =" },
        { "energy_indirect", "energy.indirect =" },
    };

    [Theory]
    [MemberData(nameof(PerEmployeeAndEnergy))]
    public async Task Kuaishou_2020_report_gets_the_expected_verdict(string metric, string relation)
    {
        var report = await Wire.ReadAsync(await Client.PostAsync("/v1/checks", Wire.Body(Repository.Read("tests/fixtures/kuaishou-2020/report.json"))));

        var check = Single(Checks(report), metric, relation);
        Assert.Equal(ExpectedVerdict(metric), check.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Kuaishou_2020_report_summary_and_details_follow_the_contract()
    {
        var report = await Wire.ReadAsync(await Client.PostAsync("/v1/checks", Wire.Body(Repository.Read("tests/fixtures/kuaishou-2020/report.json"))));
        var checks = Checks(report);
        Assert.Equal("Kuaishou Technology", report.GetProperty("organization").GetString());
        Assert.Equal(checks.Count(c => c.GetProperty("verdict").GetString() == "reproduced"), report.GetProperty("summary").GetProperty("reproduced").GetInt32());
        Assert.Equal(8, checks.Count(c => c.GetProperty("relation").GetString()!.Contains(".per-employee =", StringComparison.Ordinal)));

        var perEmployee = Single(checks, "ghg_total_per_employee", "ghg.total.per-employee =");
        Assert.Equal("32.30", perEmployee.GetProperty("reported").GetProperty("value").GetString());
        Assert.StartsWith("32.299176", perEmployee.GetProperty("recomputed").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Contains(perEmployee.GetProperty("implied").EnumerateArray(), i => i.GetProperty("name").GetString() == "headcount");

        var indirect = Single(checks, "energy_indirect", "energy.indirect =");
        Assert.False(indirect.GetProperty("material").GetBoolean());
        Assert.Contains(indirect.GetProperty("implied").EnumerateArray(), i => i.GetProperty("name").GetString() == "energy_heat conversion");
    }

    [Fact]
    public async Task Raw_inputs_are_recomputed_with_the_factor_set_and_checked_against_the_printed_figure()
    {
        var request = JsonNode.Parse(Repository.Read("tests/fixtures/kuaishou-2020/report.json"))!.AsObject();
        request["options"]!["factorSet"] = "cn-2020";
        request["inputs"] = JsonNode.Parse(Repository.Read("tests/fixtures/kuaishou-2020/inputs.json"));

        var report = await Wire.ReadAsync(await Client.PostAsync("/v1/checks", Wire.Body(request.ToJsonString())));

        var direct = Single(Checks(report), "energy_direct", "energy.direct (from inputs)");
        Assert.Equal(ExpectedVerdict("energy_direct"), direct.GetProperty("verdict").GetString());
        Assert.False(direct.GetProperty("material").GetBoolean());
    }

    [Fact]
    public async Task Inputs_without_a_factor_set_and_bad_inputs_are_refused_at_their_path()
    {
        await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("/v1/checks", Wire.Body("""{"figures": [], "inputs": {"electricity": [{"amount": "1 MWh", "region": "CN"}]}}""")),
            HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.options.factorSet");
        await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("/v1/checks", Wire.Body("""{"figures": [], "options": {"factorSet": "cn-2020"}, "inputs": {"fuels": [{"fuel": "kerosene", "amount": "1 t"}]}}""")),
            HttpStatusCode.UnprocessableEntity, "invalid-input", "$.inputs.fuels[0].fuel");
    }

    [Theory]
    [InlineData("""{"figures": [], "inputs": {"electricity": [{"amount": "1 MWh", "region": "CN"}]}}""")]
    [InlineData("""{"figures": [], "options": {"factorSet": "nope-2020"}, "inputs": {"electricity": [{"amount": "1 MWh", "region": "CN"}]}}""")]
    public async Task The_factor_set_problem_title_fits_a_set_not_named_as_well_as_one_unknown(string body)
    {
        // One type, one title (RFC 9457): it covers both occurrences, so it may not say a set was named.
        var problem = await ProblemAssert.IsProblemAsync(await Client.PostAsync("/v1/checks", Wire.Body(body)),
            HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.options.factorSet");

        Assert.Equal("The factor set named does not exist, or none was named and none applies", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Accept_text_csv_returns_the_verdict_table()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/checks")
        {
            Content = Wire.Body(Repository.Read("tests/fixtures/kuaishou-2020/report.json")),
            Headers = { { "Accept", "text/csv" } },
        };
        var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal(string.Join(",", CheckTable.Columns), lines[0]);
        Assert.Contains(lines, l => l.StartsWith("ghg.total.per-employee = ghg.total / org.headcount,ghg_total_per_employee,ghg.total.per-employee,2020,,", StringComparison.Ordinal)
            && l.Contains(",reproduced,32.30,噸/人,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_factor_reference_is_answered_by_the_factor_set_and_unverifiable_without_one()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var definition = JsonNode.Parse(Repository.Read("factors/sets/cn-2020.json"))!.AsObject();
        definition["id"] = "with-forest";
        definition["editions"]!.AsArray().Add("popular/forest-absorption/2007");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/v1/factor-sets", Wire.Body(definition.ToJsonString()))).StatusCode);
        var bytedance = JsonNode.Parse(Repository.Read("tests/fixtures/bytedance-2020/report.json"))!.AsObject();

        var without = await Wire.ReadAsync(await client.PostAsync("/v1/checks", Wire.Body(bytedance.ToJsonString())));
        Assert.Equal("unverifiable", Single(Checks(without), "forest_mu_days", "").GetProperty("verdict").GetString());

        bytedance["options"]!["factorSet"] = "with-forest";
        var with = await Wire.ReadAsync(await client.PostAsync("/v1/checks", Wire.Body(bytedance.ToJsonString())));
        Assert.Equal("reproduced", Single(Checks(with), "forest_mu_days", "").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_factor_no_set_resolves_is_implied_and_attributed_to_any_edition_of_the_library()
    {
        var report = await Wire.ReadAsync(await Client.PostAsync("/v1/checks", Wire.Body(Repository.Read("tests/fixtures/bytedance-2020/report.json"))));

        var forest = Single(Checks(report), "forest_mu_days", "");
        Assert.Equal("unverifiable", forest.GetProperty("verdict").GetString());
        var attribution = forest.GetProperty("attribution").EnumerateArray().Single();
        Assert.Equal("kgCO2/(mu·day)", attribution.GetProperty("unit").GetString());
        Assert.StartsWith("66.98404", attribution.GetProperty("low").GetString(), StringComparison.Ordinal); // 65,075 kg / 971.5
        Assert.Equal("popular/forest-absorption/2007:forest-per-mu-day",
            attribution.GetProperty("explainedBy").EnumerateArray().Single().GetProperty("factorId").GetString());
        Assert.Contains("a popular figure, not an official factor", forest.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_report_is_checked_when_stored_and_its_results_equal_a_direct_check()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var report = Repository.Read("tests/fixtures/kuaishou-2020/report.json");
        var bad = await client.PostAsync("/v1/submissions", Wire.Body("""{"kind": "report", "period": "2020", "document": {"figures": [{"metric": "ghg.total", "value": "1", "unit": "MWh"}]}}"""));
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.UnprocessableEntity, "wrong-kind", "$.document.figures[0].unit");

        var receipt = await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body($$"""{"kind": "report", "period": "2020", "document": {{report}}}""")));
        Assert.Equal("cn-2022", receipt.GetProperty("factorSet").GetProperty("id").GetString());
        var stored = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{receipt.GetProperty("id").GetString()}/results"));
        var direct = await Wire.ReadAsync(await Client.PostAsync("/v1/checks", Wire.Body(report)));
        Assert.Equal(direct.GetRawText(), stored.GetProperty("result").GetRawText());
    }
}
