using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>
/// A factor the set cannot give is refused on one line naming the field that asked, what was asked, why, and what the
/// set has that would have been accepted; `emissions attribute` says why a set was left out without that list.
/// </summary>
public sealed class FactorResolutionErrorTests
{
    [Fact]
    public void A_region_the_set_has_no_grid_factor_for_names_the_line_the_reason_and_the_regions_it_has()
    {
        var file = TempJson("""{"period": "2022", "factorSet": "cn-2022", "electricity": [{"amount": "1,000 MWh", "region": "GB"}]}""");

        var (exit, _, error) = Run("calculate", file);

        Assert.Equal(2, exit);
        Assert.StartsWith(
            "emissions calculate: $.electricity[0].region: 'GB': no emission-factor for carrier electricity, region GB, year 2022, basis location-average in set cn-2022; " +
            "expected one of what set cn-2022 has for emission-factor/electricity: cn-mee/electricity/2022:national (region CN, data year 2022, basis location-average, gas CO2); ",
            error, StringComparison.Ordinal);
        Assert.Contains("cn-mee/electricity/2022:north (region CN-North, data year 2022, basis location-average, gas CO2)", error, StringComparison.Ordinal);
        Assert.EndsWith(" (fallbacks in cn-2022: region → national allowed, earlier data year not allowed)" + Environment.NewLine, error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_unknown_refrigerant_names_the_gases_and_blends_the_set_has_as_expected()
    {
        var file = TempJson("""{"period": "2022", "factorSet": "cn-2022", "region": "CN", "refrigerants": [{"gas": "R-999", "released": "12 kg"}]}""");

        var (exit, _, error) = Run("calculate", file);

        Assert.Equal(2, exit);
        Assert.Equal(
            "emissions calculate: $.refrigerants[0].gas: 'R-999': set cn-2022 has no AR5 GWP for 'R-999'; " +
            "expected a gas or blend with an AR5 GWP in set cn-2022: CO2, CH4, N2O, HFC-32, HFC-125, HFC-134a, SF6, NF3; blends R-410A" + Environment.NewLine,
            error);
    }

    [Fact]
    public void An_override_of_an_unknown_factor_expects_an_id_of_the_set()
    {
        var file = TempJson("""{"period": "2022", "factorSet": "cn-2022", "electricity": [{"amount": "1 MWh", "region": "CN"}], "overrides": [{"factor": "cn-mee/electricity/2022:nortth", "value": "0.5 tCO2/MWh"}]}""");

        var (exit, _, error) = Run("calculate", file);

        Assert.Equal(2, exit);
        Assert.StartsWith(
            "emissions calculate: $.overrides[0].factor: 'cn-mee/electricity/2022:nortth': set cn-2022 has no factor with that id to override; " +
            "expected a factor id of set cn-2022 (nearest: cn-mee/electricity/2022:north, ",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_says_why_a_set_does_not_apply_without_the_list_of_what_it_has()
    {
        var file = TempJson("""{"period": "2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}], "totals": {"ghg.scope2": "677.6 tCO2e"}}""");

        var (exit, output, _) = Run("attribute", file);

        Assert.Equal(0, exit);
        Assert.Contains(
            "does not apply: uk-desnz-2024: $.electricity[0].region: 'CN-North': no emission-factor for carrier electricity, region CN-North, year 2024, basis location-average in set uk-desnz-2024\n",
            output, StringComparison.Ordinal);
        Assert.DoesNotContain("; expected", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_without_the_gwps_of_its_blend_names_the_option_the_blend_and_what_the_set_has()
    {
        var extra = Path.Combine(Path.GetTempPath(), "emissions-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            // A GWP edition with CO2 and CH4 only: the loader accepts the set, but R-410A's HFC-32 and HFC-125 have no GWP in it.
            var edition = Path.Combine(extra, "acme", "gwp", "2024");
            Directory.CreateDirectory(edition);
            Directory.CreateDirectory(Path.Combine(extra, "sets"));
            File.WriteAllText(Path.Combine(edition, "manifest.json"), """{"publisher": "acme", "dataset": "gwp", "edition": "2024", "title": "t", "source": "s", "licence": "l"}""");
            File.WriteAllText(Path.Combine(edition, "factors.json"), """
                {"factors": [
                  {"id": "acme/gwp/2024:co2", "parameter": "gwp", "value": "1", "unit": "tCO2e/t", "gas": "CO2", "gwpBasis": "AR6",
                   "applicability": {"region": "GLOBAL"}, "verification": "confirmed", "source": "s"},
                  {"id": "acme/gwp/2024:ch4", "parameter": "gwp", "value": "29.8", "unit": "tCO2e/t", "gas": "CH4", "gwpBasis": "AR6",
                   "applicability": {"region": "GLOBAL", "ch4Convention": "fossil"}, "verification": "confirmed", "source": "s"}]}
                """);
            File.WriteAllText(Path.Combine(extra, "sets", "no-gwp.json"), """
                {"id": "no-gwp", "title": "t", "description": "d", "editions": ["cn-mee/electricity/2023", "acme/gwp/2024", "blends/refrigerants/2024"],
                 "method": "cn", "gwp": "AR6", "ch4Convention": "fossil", "electricity": {"location": "location-average"},
                 "fallbacks": {"regionToNational": true, "earlierDataYear": false}, "reportingYear": 2023}
                """);

            var (exit, output, error) = Run("factors", "list", "--set", "no-gwp", "--factors", extra);

            Assert.Equal(2, exit);
            Assert.Equal("", output); // no factor table before the refusal
            Assert.Equal(
                "emissions factors list: --set 'no-gwp': the GWP of blend R-410A in set no-gwp: set no-gwp has no AR6 GWP for 'HFC-32'; " +
                "expected a gas or blend with an AR6 GWP in set no-gwp: CO2, CH4; blends R-410A" + Environment.NewLine,
                error);

            var (showExit, _, showError) = Run("factors", "show", "blends/refrigerants/2024:r-410a", "--factors", extra);

            Assert.Equal(2, showExit);
            Assert.StartsWith("emissions factors show: id 'blends/refrigerants/2024:r-410a': the GWP of blend R-410A in set no-gwp: set no-gwp has no AR6 GWP for 'HFC-32'; expected ", showError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(extra, recursive: true);
        }
    }
}
