using System.Text.Json.Nodes;
using Emissions.Contract.Checks;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Factors.Tests.Reproductions;

/// <summary>
/// Implied factors attributed to the shipped library (every edition, region and year): the ByteDance 2020
/// forest equivalence (seed 000_8c4938fde206a55d.txt line 860; seed-checks §6.1), the Kuaishou 2020 GHG total
/// against its activity data (seed 004_aa846d0bd509f8b8.txt lines 1173, 1237, 1243, 1260, 1264; seed-checks §3),
/// and a scope-2 figure computed with the MEE/NBS 2022 North China factor.
/// </summary>
public class FactorAttributionTests
{
    private static readonly FactorCandidates Library = new(RepositoryFactors.Library.Factors);

    private static CheckResult Check(JsonNode report, string metric, IReadOnlyDictionary<FactorReference, Quantity>? factors = null)
    {
        var request = CheckRequestReader.Parse(report.ToJsonString());
        return Assert.Single(CheckRun.Run(request, null, factors, Library).Checks, c => c.Figure == metric);
    }

    private static JsonNode Fixture(string report)
    {
        using var document = Fixtures.Load($"{report}/report.json");
        return JsonNode.Parse(document.RootElement.GetRawText())!;
    }

    [Fact]
    public void ByteDance_2020_forest_figure_implies_67_02_kg_per_mu_day_and_only_the_popular_67_kg_figure_explains_it()
    {
        // 65.08 t of CO2 avoided (line 860) printed as 971 亩·天 of forest absorption.
        var check = Check(Fixture("bytedance-2020"), "forest_mu_days");

        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        var implied = Assert.Single(check.Implied);
        Assert.Equal("@absorption-rate[forest]", implied.Name);
        Assert.Equal("kgCO2/(mu·day)", implied.Unit);
        Assert.InRange(implied.Value, 67.02m * 0.999m, 67.02m * 1.001m);
        Assert.Equal(67.023687m, Math.Round(implied.Value, 6)); // 65,080 kg / 971
        Assert.Equal(66.984045m, Math.Round(implied.Low!.Value, 6)); // 65,075 / 971.5
        Assert.Equal(67.063369m, Math.Round(implied.High!.Value, 6)); // 65,085 / 970.5

        var attribution = Assert.Single(check.Attribution);
        var popular = Assert.Single(attribution.ExplainedBy);
        Assert.Equal("popular/forest-absorption/2007:forest-per-mu-day", popular.FactorId);
        Assert.Equal("popular/forest-absorption/2007", popular.Edition);
        Assert.Equal(67m, popular.Value);
        Assert.Equal("CN", popular.Region);
        Assert.Equal(VerificationStatus.Unverified, popular.Verification);
        Assert.Contains("Explained by popular/forest-absorption/2007:forest-per-mu-day 67 kgCO2/(mu·day) (CN, unverified: a popular figure, not an official factor)",
            check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Kuaishou_2020_total_implies_a_grid_factor_of_0_96311_that_no_edition_in_the_library_explains()
    {
        // seed-checks §3: (694,400 t − scope 1 by the Chinese guideline − heat at 0.11 t/GJ) / 715,200.83 MWh = 0.96311 (0.96304–0.96318).
        var report = Fixture("kuaishou-2020");
        report["relations"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "ghg_from_activity",
            ["metric"] = "ghg_total",
            ["formula"] = "energy_electricity * @emission-factor[electricity] + fuel_diesel * 3.0959 tCO2/t + fuel_natural_gas * 2.1622 kgCO2/m³ + energy_heat * 0.11 tCO2/GJ",
        });

        var check = Check(report, "ghg_total");

        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        var implied = Assert.Single(check.Implied);
        Assert.Equal("tCO2/MWh", implied.Unit);
        Assert.Equal(0.96311m, Math.Round(implied.Value, 5));
        Assert.Equal(0.96304m, Math.Round(implied.Low!.Value, 5));
        Assert.Equal(0.96318m, Math.Round(implied.High!.Value, 5));

        var attribution = Assert.Single(check.Attribution);
        Assert.Empty(attribution.ExplainedBy);
        var electricity = RepositoryFactors.Library.Factors.Count(f => f.Parameter == FactorParameter.EmissionFactor && f.Applicability.Carrier == "electricity");
        Assert.Equal(electricity, attribution.Searched);

        // Above every average grid factor: the nearest are the MEE/NBS fossil-only national factors, 12.5 % and more below.
        Assert.Equal(["cn-mee/electricity/2021:national-fossil-only", "cn-mee/electricity/2022:national-fossil-only", "cn-mee/electricity/2023:national-fossil-only"],
            attribution.Nearest.Select(f => f.FactorId));
        Assert.Equal(-0.1251m, Math.Round(attribution.Nearest[0].Gap, 4)); // 0.8426 / 0.963111 − 1
        Assert.Contains("None of the " + electricity + " @emission-factor[electricity] factors in the library", check.Explanation, StringComparison.Ordinal);
    }

    private static JsonObject ScopeTwo(string scope2) => new JsonObject
    {
        ["organization"] = "Example",
        ["period"] = "2022",
        ["figures"] = new JsonArray(
            new JsonObject { ["id"] = "elec", ["metric"] = "energy.electricity", ["value"] = "123,456.7", ["unit"] = "MWh" },
            new JsonObject { ["id"] = "s2", ["metric"] = "ghg.scope2", ["value"] = scope2, ["unit"] = "tCO2" }),
        ["relations"] = new JsonArray(new JsonObject { ["id"] = "s2_from_elec", ["metric"] = "s2", ["formula"] = "elec * @emission-factor[electricity]" }),
    };

    private static JsonObject DieselEnergy(string gigajoules) => new()
    {
        ["organization"] = "Example",
        ["period"] = "2022",
        ["figures"] = new JsonArray(
            new JsonObject { ["id"] = "diesel_t", ["value"] = "1,000.0", ["unit"] = "t" },
            new JsonObject { ["id"] = "diesel_gj", ["value"] = gigajoules, ["unit"] = "GJ" }),
        ["relations"] = new JsonArray(new JsonObject { ["id"] = "diesel_energy", ["metric"] = "diesel_gj", ["formula"] = "diesel_t * @net-calorific-value[diesel]" }),
    };

    [Fact]
    public void A_calorific_value_implied_by_two_energy_figures_is_attributed_to_the_ipcc_default()
    {
        // 43,000.0 GJ from 1,000.0 t of diesel implies 43.0 GJ/t, between 42,999.95 / 1,000.05 = 42.9978 and 43,000.05 / 999.95 = 43.0022:
        // IPCC 2006 Table 1.2's 43.0 TJ/Gg lies inside; the Chinese guideline's 42.652 GJ/t (and GB/T 2589's 42,652 kJ/kg) do not.
        var chinese = new Dictionary<FactorReference, Quantity> { [new FactorReference("net-calorific-value", "diesel")] = Quantity.From(42.652m, "GJ/t") };

        var check = Check(DieselEnergy("43,000.0"), "diesel_gj", chinese);

        Assert.Equal(Verdict.Discrepant, check.Verdict);
        var attribution = Assert.Single(check.Attribution);
        Assert.Equal("@net-calorific-value[diesel]", attribution.Factor);
        Assert.Equal(43m, Math.Round(attribution.Implied, 6));
        var ipcc = Assert.Single(attribution.ExplainedBy);
        Assert.Equal(("ipcc/stationary-combustion/2006:gas-diesel-oil.ncv", 43.0m, "TJ/Gg"), (ipcc.FactorId, ipcc.Value, ipcc.Unit));
        Assert.Contains(attribution.Nearest, f => f.FactorId == "cn-guideline/fuels/2024:diesel.ncv");
        Assert.Contains("@net-calorific-value[diesel]: Explained by ipcc/stationary-combustion/2006:gas-diesel-oil.ncv 43.0 TJ/Gg", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_2_computed_with_the_2022_north_china_factor_is_attributed_to_exactly_that_edition()
    {
        // 123,456.7 MWh × 0.6776 tCO2/MWh (cn-mee/electricity/2022:north) = 83,654.26 t, printed 83,654.
        var check = Check(ScopeTwo("83,654"), "s2");

        var attribution = Assert.Single(check.Attribution);
        var north = Assert.Single(attribution.ExplainedBy);
        Assert.Equal("cn-mee/electricity/2022:north", north.FactorId);
        Assert.Equal(("cn-mee/electricity/2022", "CN-North", 2022, VerificationStatus.Confirmed), (north.Edition, north.Region, north.Year, north.Verification));
        Assert.Equal(0.6776m, north.Value);

        // The next closest, Anhui 2022 at 0.6782, lies outside the range 0.677594–0.677602 the printed figures allow.
        Assert.Equal("cn-mee/electricity/2022:cn-ah", attribution.Nearest[0].FactorId);
        Assert.Contains("Explained by cn-mee/electricity/2022:north 0.6776 tCO2/MWh (CN-North, 2022, confirmed); none of the other", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scope_2_figure_discrepant_with_the_national_factor_is_attributed_to_the_factor_that_produced_it()
    {
        // Checked with the 2022 national factor 0.5366: 66,247 t against the printed 83,654 t, and the implied 0.677598 is North China's.
        var national = new Dictionary<FactorReference, Quantity> { [new FactorReference("emission-factor", "electricity")] = Quantity.From(0.5366m, "tCO2/MWh") };

        var check = Check(ScopeTwo("83,654"), "s2", national);

        Assert.Equal(Verdict.Discrepant, check.Verdict);
        var attribution = Assert.Single(check.Attribution);
        Assert.Equal("cn-mee/electricity/2022:north", Assert.Single(attribution.ExplainedBy).FactorId);
        Assert.Contains("@emission-factor[electricity]: Explained by cn-mee/electricity/2022:north", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_the_library_reproduces_with_its_own_factor_needs_no_attribution()
    {
        var north = new Dictionary<FactorReference, Quantity> { [new FactorReference("emission-factor", "electricity")] = Quantity.From(0.6776m, "tCO2/MWh") };

        var check = Check(ScopeTwo("83,654"), "s2", north);

        Assert.Equal(Verdict.Reproduced, check.Verdict);
        Assert.Empty(check.Attribution);
    }
}
