using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Api.Tests.Wired;

/// <summary>GET /v1/metrics is the Core catalogue; GET /v1/units is the unit catalogue.</summary>
public sealed class MetricAndUnitTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    // The service's JSON settings with the reflection resolver instead of the generated context: the answer must be
    // exactly the Core list's members, the bytes `emissions units --format json` writes (Emissions.Cli.Tests).
    private static readonly JsonSerializerOptions ServiceJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private HttpClient Client => fixture.Factory.CreateClient();

    private async Task<List<JsonElement>> MetricsAsync() =>
        [.. (await Wire.ReadAsync(await Client.GetAsync("/v1/metrics"))).GetProperty("metrics").EnumerateArray()];

    [Fact]
    public async Task Every_catalogue_id_is_listed_with_its_intensities()
    {
        var ids = (await MetricsAsync()).Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal(MetricCatalog.AllWithIntensities().Select(m => m.Id).Order(StringComparer.Ordinal), ids);
        Assert.Contains("ghg.total.per-employee", ids);
        Assert.Contains("waste.hazardous.per-revenue", ids);
        Assert.Contains("dc.pue", ids);
        Assert.Contains("equiv.forest-mu-days", ids);
    }

    [Fact]
    public async Task A_metric_has_kind_unit_names_in_both_scripts_formula_relations_and_codes()
    {
        var metrics = await MetricsAsync();
        var total = metrics.Single(m => m.GetProperty("id").GetString() == "ghg.total");
        Assert.Equal("Co2e", total.GetProperty("kind").GetString());
        Assert.Equal("tCO2e", total.GetProperty("unit").GetString());
        Assert.Equal("total GHG emissions (scope 1 + 2, location-based)", total.GetProperty("name").GetString());
        Assert.Equal("温室气体排放总量", total.GetProperty("nameZh").GetString());
        Assert.Equal("溫室氣體排放總量", total.GetProperty("nameZhHant").GetString());
        Assert.Equal("ghg.scope1 + ghg.scope2", total.GetProperty("formula").GetString());
        Assert.Equal(["ghg.total = ghg.scope1 + ghg.scope2"], total.GetProperty("relations").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("HKEX A1.2", total.GetProperty("disclosureCodes").EnumerateArray().Select(c => c.GetString()));

        var pue = metrics.Single(m => m.GetProperty("id").GetString() == "dc.pue");
        Assert.Contains("dc.pue ≥ 1 + dc.clf + dc.plf", pue.GetProperty("relations").EnumerateArray().Select(r => r.GetString()));

        var perEmployee = metrics.Single(m => m.GetProperty("id").GetString() == "ghg.total.per-employee");
        Assert.Equal("tCO2e/person", perEmployee.GetProperty("unit").GetString());
        Assert.Equal("ghg.total", perEmployee.GetProperty("baseMetric").GetString());
        Assert.Equal("org.headcount", perEmployee.GetProperty("denominator").GetString());
        Assert.Equal("人均温室气体排放总量", perEmployee.GetProperty("nameZh").GetString());

        var headcount = metrics.Single(m => m.GetProperty("id").GetString() == "org.headcount");
        Assert.False(headcount.TryGetProperty("formula", out _));
    }

    [Fact]
    public async Task Chinese_text_is_sent_as_text_not_escapes()
    {
        var text = await Client.GetStringAsync("/v1/metrics");
        Assert.Contains("温室气体排放总量", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_list_every_symbol_with_kind_name_canonical_unit_and_exact_scale()
    {
        var body = await Wire.ReadAsync(await Client.GetAsync("/v1/units"));
        var units = body.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("symbol").GetString()!);
        Assert.Equal(UnitCatalog.Symbols.Keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal), units.Keys.Order(StringComparer.Ordinal));

        var joule = units["J"];
        Assert.Equal("joule", joule.GetProperty("name").GetString());
        Assert.Equal("Energy", joule.GetProperty("kind").GetString());
        Assert.Equal("kWh", joule.GetProperty("canonicalUnit").GetString());
        Assert.Equal("1/3600000", joule.GetProperty("canonicalScale").GetString());
        Assert.Equal("2000/3", units["亩"].GetProperty("canonicalScale").GetString());
        Assert.Equal("m²", units["亩"].GetProperty("canonicalUnit").GetString());
        Assert.Equal("1000", units["噸"].GetProperty("canonicalScale").GetString());
        Assert.Equal("kg", units["噸"].GetProperty("canonicalUnit").GetString());
        Assert.Equal("1", units["度"].GetProperty("canonicalScale").GetString());

        var words = body.GetProperty("scaleWords").EnumerateArray().ToDictionary(w => w.GetProperty("word").GetString()!, w => w.GetProperty("factor").GetString());
        Assert.Equal("10000", words["万"]);
        Assert.Equal("100000000", words["億"]);
        Assert.Equal("1000000", words["million"]);
    }

    [Fact]
    public async Task Printed_spellings_are_listed_with_their_canonical_unit_and_ambiguous_ones_with_their_readings()
    {
        var body = await Wire.ReadAsync(await Client.GetAsync("/v1/units"));
        var units = body.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("symbol").GetString()!);

        Assert.Equal("kgCO2", units["metrictonsCO2e"].GetProperty("canonicalUnit").GetString());
        Assert.Equal("1000", units["公吨二氧化碳当量"].GetProperty("canonicalScale").GetString());
        Assert.Equal("0.158987294928", units["bbl"].GetProperty("canonicalFactor").GetString());
        Assert.Contains("megatonne is 'Mt'", units["MT"].GetProperty("caveat").GetString(), StringComparison.Ordinal);
        Assert.Equal("gross", units["kWh(GrossCV)"].GetProperty("calorificBasis").GetString());
        Assert.Equal("CNY", units["RMBmillion"].GetProperty("canonicalUnit").GetString());

        var ambiguous = body.GetProperty("ambiguous").EnumerateArray().ToDictionary(a => a.GetProperty("symbol").GetString()!);
        Assert.Equal(["US gal", "imp gal"], ambiguous["gal"].GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("short tons", ambiguous["tons"].GetProperty("readings").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_units_answer_is_the_core_list_with_the_members_it_always_had()
    {
        var text = await Client.GetStringAsync("/v1/units");

        Assert.Equal(JsonSerializer.Serialize(UnitListing.All, ServiceJson), text);
        using var body = JsonDocument.Parse(text);
        var root = body.RootElement;
        Assert.Equal(["units", "scaleWords", "ambiguous"], Names(root));
        var units = root.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("symbol").GetString()!);
        Assert.Equal(["symbol", "name", "kind", "canonicalUnit", "canonicalScale", "canonicalFactor"], Names(units["J"]));
        Assert.Equal(["symbol", "name", "kind", "canonicalUnit", "canonicalScale", "canonicalFactor", "caveat"], Names(units["MT"]));
        Assert.Equal(["symbol", "name", "kind", "canonicalUnit", "canonicalScale", "canonicalFactor", "calorificBasis"], Names(units["kWh(GrossCV)"]));
        Assert.Equal(["word", "name", "factor"], Names(root.GetProperty("scaleWords")[0]));
        Assert.Equal(["symbol", "readings", "choices"], Names(root.GetProperty("ambiguous")[0]));
    }

    [Fact]
    public async Task Units_of_one_kind_are_the_bytes_of_the_cli_kind_list()
    {
        var text = await Client.GetStringAsync("/v1/units?kind=energy");

        Assert.Equal(JsonSerializer.Serialize(UnitListing.OfKind("Energy"), ServiceJson), text);
        using var body = JsonDocument.Parse(text);
        var units = body.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.All(units, u => Assert.Equal("Energy", u.GetProperty("kind").GetString()));
        Assert.Contains(units, u => u.GetProperty("symbol").GetString() == "度");
        Assert.DoesNotContain(units, u => u.GetProperty("symbol").GetString() == "tCO2e");
        Assert.True(units.Count < UnitListing.All.Units.Count);
    }

    [Fact]
    public async Task An_unknown_unit_kind_is_refused_naming_it_and_the_kinds()
    {
        var problem = await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/units?kind=Energie"), System.Net.HttpStatusCode.BadRequest, "invalid-parameter", "kind");

        Assert.Equal("Energie", problem.GetProperty("value").GetString());
        Assert.Equal("query", problem.GetProperty("location").GetString());
        var expected = problem.GetProperty("expected").GetString()!;
        Assert.Contains("Energy", expected, StringComparison.Ordinal);
        Assert.Contains("Money", expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_units_answer_by_its_records()
    {
        var document = await Wire.ReadAsync(await Client.GetAsync("/openapi/v1.json"));
        var ok = document.GetProperty("paths").GetProperty("/v1/units").GetProperty("get").GetProperty("responses").GetProperty("200");
        Assert.Equal("#/components/schemas/UnitList", ok.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());

        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.Equal(["units", "scaleWords", "ambiguous"], Names(schemas.GetProperty("UnitList").GetProperty("properties")));
        Assert.Equal(
            ["symbol", "name", "kind", "canonicalUnit", "canonicalScale", "canonicalFactor", "caveat", "calorificBasis"],
            Names(schemas.GetProperty("UnitInfo").GetProperty("properties")));
        Assert.Equal(["word", "name", "factor"], Names(schemas.GetProperty("ScaleWordInfo").GetProperty("properties")));
        Assert.Equal(["symbol", "readings", "choices"], Names(schemas.GetProperty("AmbiguousUnitInfo").GetProperty("properties")));
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
