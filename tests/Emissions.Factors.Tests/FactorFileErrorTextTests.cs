using System.Text.Json.Nodes;
using Emissions.Factors.Loading;
using static Emissions.Factors.Tests.FactorJson;

namespace Emissions.Factors.Tests;

/// <summary>
/// Each rule the loader checks beyond the schemas, broken once: the error's line names the file, the JSON path, the
/// value found and what would have been accepted (CLI: `FILE: PATH: MESSAGE; expected EXPECTED`), and carries the
/// value and the expectation apart (the service's invalid-factor-set problem quotes them).
/// </summary>
public class FactorFileErrorTextTests
{
    private static FactorLibraryError ErrorAt(string root, string file, string path)
    {
        var exception = Assert.Throws<FactorLibraryException>(() => FactorLibrary.Load(root));
        var error = Assert.Single(exception.Errors, e => e.File == file && e.Path == path);
        Assert.DoesNotContain('\n', exception.OneLineMessage);
        return error;
    }

    private static JsonObject Gwp(string gas = "CH4")
    {
        var factor = Factor();
        factor["parameter"] = "gwp";
        factor["value"] = "28";
        factor["unit"] = "tCO2e/t";
        factor["gas"] = gas;
        factor["gwpBasis"] = "AR5";
        factor.Remove("basis");
        factor["applicability"] = new JsonObject { ["region"] = "CN", ["ch4Convention"] = "single" };
        return factor;
    }

    [Fact]
    public void Reporting_years_of_three_items_are_quoted_with_the_form_expected()
    {
        using var tree = new TempFactorTree();
        var factor = Factor();
        factor["applicability"]!["reportingYears"] = new JsonArray(2020, 2021, 2022);
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].applicability.reportingYears");

        Assert.Equal($"{file}: $.factors[0].applicability.reportingYears: reportingYears [2020,2021,2022] has 3 item(s); expected [from, to]: two years, from not after to, e.g. [2020, 2022]",
            error.ToString());
        Assert.Equal("[2020,2021,2022]", error.Value);
    }

    [Fact]
    public void Reporting_years_from_after_to_say_what_order_is_expected()
    {
        using var tree = new TempFactorTree();
        var factor = Factor();
        factor["applicability"]!["reportingYears"] = new JsonArray(2025, 2020);
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].applicability.reportingYears");

        Assert.Equal($"{file}: $.factors[0].applicability.reportingYears: reportingYears [2025, 2020]: from is after to; expected [from, to]: two years, from not after to, e.g. [2020, 2022]",
            error.ToString());
        Assert.Equal("[2025,2020]", error.Value);
    }

    [Fact]
    public void A_ch4_convention_on_a_grid_factor_is_quoted()
    {
        using var tree = new TempFactorTree();
        var factor = Factor();
        factor["applicability"]!["ch4Convention"] = "fossil";
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].applicability.ch4Convention");

        Assert.Equal($"{file}: $.factors[0].applicability.ch4Convention: ch4Convention 'fossil' belongs only on gwp entries for CH4; expected no ch4Convention on an entry that is not a gwp entry for CH4",
            error.ToString());
        Assert.Equal(("fossil", "no ch4Convention on an entry that is not a gwp entry for CH4"), (error.Value, error.Expected));
    }

    [Fact]
    public void A_gwp_entry_without_its_gas_says_the_gas_is_missing_and_what_goes_there()
    {
        using var tree = new TempFactorTree();
        var factor = Gwp();
        factor.Remove("gas");
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].gas");

        Assert.Equal($"{file}: $.factors[0].gas: gas is missing: a gwp entry names the gas whose GWP it is; expected the gas whose GWP it is, e.g. \"CH4\"", error.ToString());
        Assert.Null(error.Value);
    }

    [Fact]
    public void A_gwp_entry_without_its_report_lists_the_reports()
    {
        using var tree = new TempFactorTree();
        var factor = Gwp();
        factor.Remove("gwpBasis");
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].gwpBasis");

        Assert.Equal($"{file}: $.factors[0].gwpBasis: gwpBasis is missing: a gwp entry names its assessment report; expected 'AR4', 'AR5' or 'AR6'", error.ToString());
    }

    [Fact]
    public void A_ch4_gwp_without_its_convention_lists_the_conventions()
    {
        using var tree = new TempFactorTree();
        var factor = Gwp();
        factor["applicability"]!.AsObject().Remove("ch4Convention");
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].applicability.ch4Convention");

        Assert.Equal($"{file}: $.factors[0].applicability.ch4Convention: ch4Convention is missing: a CH4 gwp entry names its convention; expected 'single' or 'fossil'", error.ToString());
    }

    [Fact]
    public void A_basis_that_differs_from_the_convention_is_quoted_with_the_convention()
    {
        using var tree = new TempFactorTree();
        var factor = Gwp();
        factor["basis"] = "fossil";
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].basis");

        Assert.Equal($"{file}: $.factors[0].basis: basis 'fossil' differs from applicability.ch4Convention 'single'; expected 'single', the entry's applicability.ch4Convention", error.ToString());
        Assert.Equal("fossil", error.Value);
    }

    [Fact]
    public void A_gas_that_does_not_suit_the_parameter_is_quoted_with_the_gas_expected()
    {
        using var tree = new TempFactorTree();
        var factor = Factor();
        factor["parameter"] = "ch4-per-energy";
        factor["unit"] = "kgCH4/TJ";
        factor["gas"] = "N2O";
        factor.Remove("basis");
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].gas");

        Assert.Equal($"{file}: $.factors[0].gas: ch4-per-energy is a CH4 factor, but gas is 'N2O'; expected 'CH4'", error.ToString());
        Assert.Equal(("N2O", "'CH4'"), (error.Value, error.Expected));
    }

    [Fact]
    public void A_duplicate_id_says_what_id_is_expected()
    {
        using var tree = new TempFactorTree();
        var file = tree.AddEdition(TestEdition, Factor(), Factor(region: "CN-North"));

        var error = ErrorAt(tree.Root, file, "$.factors[1].id");

        Assert.Equal($"{file}: $.factors[1].id: duplicate id 'acme/grid/2024:national': already used at {file} $.factors[0].id; expected an id no other factor or blend uses", error.ToString());
        Assert.Equal("acme/grid/2024:national", error.Value);
    }

    [Fact]
    public void A_range_that_misses_the_value_says_which_limits_would_enclose_it()
    {
        using var tree = new TempFactorTree();
        var factor = Factor();
        factor["uncertainty"] = new JsonObject { ["lower"] = "0.54", ["upper"] = "0.60", ["confidence"] = 95, ["source"] = "t", ["verification"] = "confirmed" };
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].uncertainty");

        Assert.Equal($"{file}: $.factors[0].uncertainty: the range 0.54–0.60 does not enclose the value 0.5366; expected a lower limit at most 0.5366 and an upper limit at least 0.5366 (the factor's value)",
            error.ToString());
        Assert.Equal("0.54–0.60", error.Value);
    }

    [Fact]
    public void A_unit_of_the_wrong_kind_carries_the_unit_and_the_kinds_that_suit()
    {
        using var tree = new TempFactorTree();
        var factor = Factor();
        factor["unit"] = "GJ/t";
        var file = tree.AddEdition(TestEdition, factor);

        var error = ErrorAt(tree.Root, file, "$.factors[0].unit");

        Assert.Equal($"{file}: $.factors[0].unit: unit 'GJ/t' is CalorificValue; emission-factor needs Co2e/Energy (e.g. tCO2/MWh)", error.ToString());
        Assert.Equal(("GJ/t", "a unit of Co2e/Energy (e.g. tCO2/MWh)"), (error.Value, error.Expected));
    }

    [Fact]
    public void A_folder_name_that_differs_is_quoted_with_the_folder_name()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var manifest = Manifest(TestEdition);
        manifest["dataset"] = "power";
        var file = tree.Write($"{TestEdition}/manifest.json", manifest);

        var error = ErrorAt(tree.Root, file, "$.dataset");

        Assert.Equal($"{file}: $.dataset: dataset 'power' does not equal the folder name 'grid'", error.ToString());
        Assert.Equal(("power", "'grid', the folder name"), (error.Value, error.Expected));
    }

    [Fact]
    public void A_blend_listing_a_gas_twice_names_the_gas()
    {
        using var tree = new TempFactorTree();
        tree.Write("acme/blends/2024/manifest.json", Manifest("acme/blends/2024"));
        var file = tree.Write("acme/blends/2024/blends.json", """
            {"blends": [{"id": "acme/blends/2024:r-410a", "name": "R-410A", "verification": "confirmed", "source": "test",
              "components": [{"gas": "HFC-32", "massFraction": "0.5"}, {"gas": "HFC-32", "massFraction": "0.5"}]}]}
            """);

        var error = ErrorAt(tree.Root, file, "$.blends[0].components");

        Assert.Equal($"{file}: $.blends[0].components: gas HFC-32 is listed 2 times; expected each gas listed once", error.ToString());
        Assert.Equal("HFC-32", error.Value);
    }

    [Fact]
    public void An_edition_folder_without_its_manifest_says_what_belongs_there()
    {
        using var tree = new TempFactorTree();
        tree.Write($"{TestEdition}/factors.json", FactorsDocument(Factor()));

        var error = ErrorAt(tree.Root, tree.Path(TestEdition), "");

        Assert.Equal($"{tree.Path(TestEdition)}: edition folder has no manifest.json; expected manifest.json beside factors.json or blends.json", error.ToString());
    }

    [Fact]
    public void An_edition_folder_without_factors_says_what_belongs_there()
    {
        using var tree = new TempFactorTree();
        tree.Write($"{TestEdition}/manifest.json", Manifest(TestEdition));

        var error = ErrorAt(tree.Root, tree.Path(TestEdition), "");

        Assert.Equal($"{tree.Path(TestEdition)}: edition folder has neither factors.json nor blends.json; expected factors.json or blends.json beside manifest.json", error.ToString());
    }

    [Theory]
    [InlineData("", "The input does not contain any JSON tokens")]
    [InlineData("\u0001\u0002binary", "'0x01' is an invalid start of a value")]
    public void An_empty_or_binary_file_is_not_json_and_says_what_was_expected(string text, string reason)
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var file = tree.Write($"{TestEdition}/manifest.json", text);

        var error = ErrorAt(tree.Root, file, "$");

        Assert.StartsWith($"{file}: $: not valid JSON: {reason}", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("; expected a JSON document (RFC 8259) with each property once", error.ToString(), StringComparison.Ordinal);
    }
}
