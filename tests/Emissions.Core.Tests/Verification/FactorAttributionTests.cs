using Emissions.Contract.Checks;
using Emissions.Factors;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>Implied factors and their attribution to candidate factors, with small hand-made libraries.</summary>
public class FactorAttributionTests
{
    private static readonly Edition Mee2022 = new("cn-mee/electricity/2022", "cn-mee", "MEE/NBS 2022", null, "2024-12-20", "MEE/NBS", "public");

    private static Factor Electricity(string id, string value, string unit, string region = "CN-North", string parameter = "emission-factor") =>
        new($"cn-mee/electricity/2022:{id}", FactorParameterNames.Parse(parameter), "location-average", new Measurement(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Unit.Parse(unit)),
            "CO2", null, new Applicability("electricity", region, 2022), VerificationStatus.Confirmed, "MEE/NBS", null, Mee2022);

    // 123,456.7 MWh at 0.6776 t/MWh = 83,654.26 t, printed 83,654: the factor lies in [83,653.5 / 123,456.75, 83,654.5 / 123,456.65] = [0.677594, 0.677602].
    private const string ScopeTwo = """
        {"period": "2022",
         "figures": [{"id": "elec", "value": "123,456.7", "unit": "MWh"}, {"id": "s2", "value": "83,654", "unit": "tCO2"}],
         "relations": [{"id": "s2_from_elec", "metric": "s2", "formula": "elec * @emission-factor[electricity]"}]}
        """;

    private static CheckResult Check(string request, params Factor[] library) =>
        new Checker(candidates: new FactorCandidates(library)).Check(CheckRequestReader.Parse(request)).Checks.Single();

    [Fact]
    public void A_factor_published_in_another_unit_explains_the_implied_factor_when_its_value_is_inside_the_range()
    {
        var check = Check(ScopeTwo, Electricity("north", "0.6776", "kgCO2/kWh"), Electricity("cn-ah", "0.6782", "tCO2/MWh", "CN-AH"));

        var attribution = Assert.Single(check.Attribution);
        Assert.Equal(2, attribution.Searched);
        var north = Assert.Single(attribution.ExplainedBy);
        Assert.Equal(("cn-mee/electricity/2022:north", 0.6776m, "kgCO2/kWh"), (north.FactorId, north.Value, north.Unit));
        var anhui = Assert.Single(attribution.Nearest);
        Assert.Equal(0.000889m, Math.Round(anhui.Gap, 6)); // 0.6782 / 0.6775979 − 1
    }

    [Fact]
    public void The_implied_factor_is_shown_in_the_unit_most_library_factors_of_that_kind_use()
    {
        var check = Check(ScopeTwo, Electricity("a", "0.6", "kgCO2/kWh"), Electricity("b", "0.7", "tCO2/MWh"), Electricity("c", "0.8", "tCO2/MWh"));

        var implied = Assert.Single(check.Implied);
        Assert.Equal("tCO2/MWh", implied.Unit);
        Assert.Equal(0.677598m, Math.Round(implied.Value, 6));
        Assert.Empty(Assert.Single(check.Attribution).ExplainedBy);
        Assert.Contains("None of the 3 @emission-factor[electricity] factors in the library (every edition, region and year) explains it; the nearest: "
            + "cn-mee/electricity/2022:b 0.7 tCO2/MWh (+3.31 %)", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_of_another_parameter_are_not_candidates()
    {
        var check = Check(ScopeTwo, Electricity("north", "0.6776", "tCO2/MWh", parameter: "co2-per-energy"));

        Assert.Equal(0, Assert.Single(check.Attribution).Searched);
        Assert.Contains("The factor library has no @emission-factor[electricity] factor to attribute it to.", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_library_the_implied_factor_is_reported_but_not_attributed()
    {
        var check = new Checker().Check(CheckRequestReader.Parse(ScopeTwo)).Checks.Single();

        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        var implied = Assert.Single(check.Implied);
        Assert.Equal(("@emission-factor[electricity]", "kgCO2/kWh"), (implied.Name, implied.Unit));
        Assert.Equal(0.677594m, Math.Round(implied.Low!.Value, 6));
        Assert.Equal(0.677602m, Math.Round(implied.High!.Value, 6));
        Assert.Empty(check.Attribution);
        Assert.EndsWith("The figures imply @emission-factor[electricity] = 0.677598 kgCO2/kWh (range 0.677594 to 0.677602).", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_missing_two_factors_implies_neither()
    {
        var check = Check("""
            {"figures": [{"id": "elec", "value": "100", "unit": "MWh"}, {"id": "heat", "value": "50", "unit": "GJ"}, {"id": "s2", "value": "80", "unit": "tCO2"}],
             "relations": [{"id": "s2_sum", "metric": "s2", "formula": "elec * @emission-factor[electricity] + heat * @emission-factor[heat]"}]}
            """, Electricity("north", "0.6776", "tCO2/MWh"));

        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Empty(check.Implied);
        Assert.Empty(check.Attribution);
    }
}
