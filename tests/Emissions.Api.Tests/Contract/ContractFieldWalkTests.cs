using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Emissions.Api.Contract;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Contract;

/// <summary>
/// Issue 13 item 4: every field the request schemas accept acts — changing it changes the answer — or is refused with a
/// 4xx naming it, or is listed here as descriptive with the reason. A field added to a schema and to none of these
/// lists fails <see cref="Every_field_of_the_request_schemas_is_walked"/>.
/// </summary>
public sealed class ContractFieldWalkTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    // The check's total is discrepant by 117 MWh (0.016 %), so that options.uncertainty (which only labels discrepancies) acts.
    // The data center uses more facility energy than the region's electricity lines hold, so that purchasedElectricity
    // (which only decides whether that gap is warned about) has something to act on; "forest" is printed "about" for aboutTolerance.
    private const string Calculation = """
        {"organization": "Example Co", "period": "2020", "factorSet": "cn-2020", "gwp": "AR5", "region": "CN-North",
         "headcount": "21,499", "headcountBasis": "year-end", "revenue": "58,776,000,000 CNY", "floorArea": "36,861 m²", "numberFormat": "invariant",
         "fuels": [{"fuel": "diesel", "amount": "892.32 t", "site": "hq", "region": "CN-North"}],
         "electricity": [{"amount": "715,200.83 MWh", "region": "CN-North", "renewable": "100 MWh", "site": "hq"}],
         "heat": [{"amount": "20,256.68 GJ", "site": "hq"}],
         "refrigerants": [{"gas": "R-410A", "released": "12 kg"}],
         "waste": [{"category": "hazardous", "amount": "1.07 t"}],
         "water": {"withdrawal": "205.27 万吨", "discharge": "56.22 万吨"},
         "dataCenters": [{"id": "dc-1", "facility": "800,000 MWh", "it": "95,000 MWh", "cooling": "18,000 MWh", "powerLoss": "5,000 MWh",
                          "water": "40,000 m³", "renewable": "10,000 MWh", "reused": "1,000 MWh", "region": "CN-North", "purchasedElectricity": true}],
         "overrides": [{"factor": "cn-mee/electricity/2021:national", "value": "0.5810 tCO2/MWh"}],
         "totals": {"energy.indirect": "721,117.23 MWh"},
         "uncertainty": {"inputs": {"electricity": "2%"}, "factors": "5%", "seed": 1, "draws": 100}}
        """;

    private const string Check = """
        {"organization": "Kuaishou Technology", "period": "2020", "site": "hq", "source": "2020 ESG report",
         "figures": [{"id": "total", "metric": "energy.total", "value": "734,661.07", "unit": "MWh", "qualifier": "exact", "period": "2020", "site": "hq", "label": "综合能源消耗"},
                     {"id": "direct", "metric": "energy.direct", "value": "13,543.85", "unit": "MWh"},
                     {"id": "indirect", "metric": "energy.indirect", "value": "721,000.00", "unit": "MWh"},
                     {"id": "forest", "value": "100", "unit": "mu·day", "qualifier": "about"}, {"id": "co2", "value": "6.7", "unit": "tCO2"}],
         "relations": [{"id": "forest_rel", "metric": "forest", "formula": "co2 / @absorption-rate[forest]"}],
         "inputs": {"period": "2020", "region": "CN", "fuels": [{"fuel": "diesel", "amount": "892.32 t"}]},
         "options": {"materiality": "5%", "aboutTolerance": "5%", "factorSet": "cn-2020", "numberFormat": "invariant",
                     "factors": {"absorption-rate[forest]": "67 kgCO2/(mu·day)"}, "uncertainty": {"figures": "0.01%"}}}
        """;

    // Field (as the schema walk names it) → a JSON pointer into the base request and the value put there.
    private static readonly Dictionary<string, (string Pointer, string Value)> CalculationMutations = new(StringComparer.Ordinal)
    {
        ["period"] = ("/period", "\"2023\""),
        ["factorSet"] = ("/factorSet", "\"cn-2023\""),
        ["gwp"] = ("/gwp", "\"AR6\""),
        ["region"] = ("/region", "\"CN-East\""),
        ["headcount"] = ("/headcount", "\"20,000\""),
        ["headcountBasis"] = ("/headcountBasis", "\"average\""),
        ["revenue"] = ("/revenue", "\"1,000 CNY\""),
        ["floorArea"] = ("/floorArea", "\"1,000 m²\""),
        ["numberFormat"] = ("/numberFormat", "\"decimal-comma\""),
        ["fuels"] = ("/fuels", "[]"),
        ["fuel.fuel"] = ("/fuels/0/fuel", "\"natural-gas\""),
        ["fuel.amount"] = ("/fuels/0/amount", "\"900 t\""),
        ["fuel.region"] = ("/fuels/0/region", "\"US\""),
        ["electricity"] = ("/electricity", "[]"),
        ["electricity.amount"] = ("/electricity/0/amount", "\"700,000 MWh\""),
        ["electricity.region"] = ("/electricity/0/region", "\"CN-East\""),
        ["electricity.renewable"] = ("/electricity/0/renewable", "\"200 MWh\""),
        ["heat"] = ("/heat", "[]"),
        ["heat.amount"] = ("/heat/0/amount", "\"20,000 GJ\""),
        ["refrigerants"] = ("/refrigerants", "[]"),
        ["refrigerant.gas"] = ("/refrigerants/0/gas", "\"HFC-134a\""),
        ["refrigerant.released"] = ("/refrigerants/0/released", "\"13 kg\""),
        ["waste"] = ("/waste", "[]"),
        ["waste.category"] = ("/waste/0/category", "\"non-hazardous\""),
        ["waste.amount"] = ("/waste/0/amount", "\"2 t\""),
        ["water"] = ("/water", "null"),
        ["water.withdrawal"] = ("/water/withdrawal", "\"200 万吨\""),
        ["water.discharge"] = ("/water/discharge", "\"50 万吨\""),
        ["dataCenters"] = ("/dataCenters", "[]"),
        ["dataCenter.id"] = ("/dataCenters/0/id", "\"dc-9\""),
        ["dataCenter.facility"] = ("/dataCenters/0/facility", "\"801,000 MWh\""),
        ["dataCenter.it"] = ("/dataCenters/0/it", "\"96,000 MWh\""),
        ["dataCenter.cooling"] = ("/dataCenters/0/cooling", "\"17,000 MWh\""),
        ["dataCenter.powerLoss"] = ("/dataCenters/0/powerLoss", "\"4,000 MWh\""),
        ["dataCenter.water"] = ("/dataCenters/0/water", "\"41,000 m³\""),
        ["dataCenter.renewable"] = ("/dataCenters/0/renewable", "\"11,000 MWh\""),
        ["dataCenter.reused"] = ("/dataCenters/0/reused", "\"2,000 MWh\""),
        ["dataCenter.region"] = ("/dataCenters/0/region", "\"CN-East\""),
        ["dataCenter.purchasedElectricity"] = ("/dataCenters/0/purchasedElectricity", "false"),
        ["overrides"] = ("/overrides", "[]"),
        ["override.factor"] = ("/overrides/0/factor", "\"cn-mee/electricity/2022:national\""),
        ["override.value"] = ("/overrides/0/value", "\"0.6 tCO2/MWh\""),
        ["totals"] = ("/totals", "{\"energy.indirect\": \"700,000 MWh\"}"),
        ["uncertainty"] = ("/uncertainty", "null"),
        ["uncertainty.inputs"] = ("/uncertainty/inputs", "{\"heat\": \"50%\"}"),
        ["uncertainty.factors"] = ("/uncertainty/factors", "\"ipcc\""),
        ["uncertainty.seed"] = ("/uncertainty/seed", "2"),
        ["uncertainty.draws"] = ("/uncertainty/draws", "200"),
    };

    // Accepted and deliberately without effect on the numbers: each says why.
    private static readonly Dictionary<string, string> CalculationDescriptive = new(StringComparer.Ordinal)
    {
        ["organization"] = "names the inventory for the caller and for stored submissions; the answer does not repeat it",
        ["fuel.site"] = "a line's site is a label for the caller; lines are summed per organisation",
        ["electricity.site"] = "a line's site is a label for the caller; lines are summed per organisation",
        ["heat.site"] = "a line's site is a label for the caller; lines are summed per organisation",
    };

    private static readonly Dictionary<string, (string Pointer, string Value)> CheckMutations = new(StringComparer.Ordinal)
    {
        ["organization"] = ("/organization", "\"Other\""),
        ["period"] = ("/period", "\"2021\""),
        ["source"] = ("/source", "\"another report\""),
        ["site"] = ("/site", "\"dc\""),
        ["figures"] = ("/figures", "[{\"id\": \"total\", \"metric\": \"energy.total\", \"value\": \"1 MWh\"}]"),
        ["figure.id"] = ("/figures/1/id", "\"direct_energy\""),
        ["figure.metric"] = ("/figures/0/metric", "\"energy.indirect\""),
        ["figure.value"] = ("/figures/0/value", "\"734,661.08\""),
        ["figure.unit"] = ("/figures/0/unit", "\"GWh\""),
        ["figure.qualifier"] = ("/figures/0/qualifier", "\"about\""),
        ["figure.period"] = ("/figures/0/period", "\"2019\""),
        ["figure.site"] = ("/figures/0/site", "\"dc\""),
        ["relations"] = ("/relations", "[]"),
        ["relation.id"] = ("/relations/0/id", "\"forest_again\""),
        ["relation.metric"] = ("/relations/0/metric", "\"co2\""),
        ["relation.formula"] = ("/relations/0/formula", "\"co2 / @absorption-rate[forest] * 2\""),
        ["inputs"] = ("/inputs", "null"),
        ["options"] = ("/options", "null"),
        ["options.materiality"] = ("/options/materiality", "\"0.00001%\""),
        ["options.aboutTolerance"] = ("/options/aboutTolerance", "\"50%\""),
        ["options.factorSet"] = ("/options/factorSet", "\"ipcc-2006-ar5\""),
        ["options.numberFormat"] = ("/options/numberFormat", "\"decimal-comma\""),
        ["options.factors"] = ("/options/factors", "{\"absorption-rate[forest]\": \"60 kgCO2/(mu·day)\"}"),
        ["options.uncertainty"] = ("/options/uncertainty", "{\"figures\": \"50%\"}"),
    };

    private static readonly Dictionary<string, string> CheckDescriptive = new(StringComparer.Ordinal)
    {
        ["figure.label"] = "the figure's printed label: shown in the working paper and workbench, not in the JSON verdicts",
    };

    [Fact]
    public void Every_field_of_the_request_schemas_is_walked()
    {
        Assert.Equal(Fields(ContractSchemas.CalculationRequest).Order(StringComparer.Ordinal),
            CalculationMutations.Keys.Concat(CalculationDescriptive.Keys).Order(StringComparer.Ordinal));
        Assert.Equal(Fields(ContractSchemas.CheckRequest).Order(StringComparer.Ordinal),
            CheckMutations.Keys.Concat(CheckDescriptive.Keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_calculation_field_changes_the_answer_or_is_refused_naming_it() =>
        await WalkAsync("/v1/calculations", Calculation, CalculationMutations, CalculationDescriptive.Keys, "organization", "\"Other Co\"");

    [Fact]
    public async Task Every_check_field_changes_the_answer_or_is_refused_naming_it() =>
        await WalkAsync("/v1/checks", Check, CheckMutations, CheckDescriptive.Keys, "figures/0/label", "\"another label\"");

    private async Task WalkAsync(string url, string baseRequest, Dictionary<string, (string Pointer, string Value)> mutations, IEnumerable<string> descriptive, string inertPointer, string inertValue)
    {
        var client = fixture.Factory.CreateClient();
        var baseline = await client.PostAsync(url, Wire.Body(baseRequest));
        var baseAnswer = await baseline.Content.ReadAsStringAsync();
        Assert.True(baseline.StatusCode == HttpStatusCode.OK, baseAnswer);

        var silent = new List<string>();
        foreach (var (field, (pointer, value)) in mutations)
        {
            var response = await client.PostAsync(url, Wire.Body(Mutate(baseRequest, pointer, value)));
            var answer = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                if (answer == baseAnswer)
                {
                    silent.Add(field);
                }

                continue;
            }

            // Refused, or acting through what it changes (decimal-comma makes "13,543.85" a malformed number): a 4xx naming a field.
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{field}: {(int)response.StatusCode} {answer}");
            Assert.StartsWith("$", JsonDocument.Parse(answer).RootElement.GetProperty("field").GetString()!, StringComparison.Ordinal);
        }

        Assert.True(silent.Count == 0, $"accepted but without effect: {string.Join(", ", silent)}");

        // A descriptive field is read (a wrong type would be refused) and changes no number.
        var inert = await client.PostAsync(url, Wire.Body(Mutate(baseRequest, "/" + inertPointer, inertValue)));
        Assert.Equal(HttpStatusCode.OK, inert.StatusCode);
        Assert.NotEmpty(descriptive);
    }

    private static string Mutate(string json, string pointer, string value)
    {
        var root = JsonNode.Parse(json)!;
        var segments = pointer.Trim('/').Split('/');
        var parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = int.TryParse(segment, out var index) ? parent[index]! : parent[segment]!;
        }

        var replacement = JsonNode.Parse(value);
        if (int.TryParse(segments[^1], out var last))
        {
            parent[last] = replacement;
        }
        else
        {
            parent[segments[^1]] = replacement;
        }

        return root.ToJsonString();
    }

    /// <summary>Every property a request schema names: top-level ones by name, those of its $defs objects as def.name (annotations left out).</summary>
    private static List<string> Fields(string schema)
    {
        using var document = JsonDocument.Parse(ContractSchemas.Text(schema)!);
        var root = document.RootElement;
        var fields = root.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var definition in root.GetProperty("$defs").EnumerateObject().Where(d => d.Name is not ("annotated" or "quantity" or "identifier")))
        {
            if (definition.Value.TryGetProperty("properties", out var properties))
            {
                fields.AddRange(properties.EnumerateObject().Select(p => $"{definition.Name}.{p.Name}"));
            }
        }

        return fields;
    }
}
