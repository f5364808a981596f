// Over 400 lines on purpose: one test per rule of the factor loader, kept in one file so the rules read as a list.
using System.Text.Json.Nodes;
using Emissions.Factors.Loading;
using static Emissions.Factors.Tests.FactorJson;

namespace Emissions.Factors.Tests;

/// <summary>Each rule of the loader, broken once: the error names the file, the JSON path and the problem.</summary>
public class LoaderValidationTests
{
    private static FactorLibraryException LoadFails(params string[] directories) =>
        Assert.Throws<FactorLibraryException>(() => FactorLibrary.Load(directories));

    private static string ErrorAt(FactorLibraryException exception, string file, string path)
    {
        var error = Assert.Single(exception.Errors, e => e.File == file && e.Path == path);
        Assert.StartsWith(path.Length == 0 ? $"{file}: " : $"{file}: {path}: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(error.ToString(), exception.Message, StringComparison.Ordinal);
        return error.Message;
    }

    [Fact]
    public void A_valid_edition_loads()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());

        var library = FactorLibrary.Load(tree.Root);

        var factor = Assert.Single(library.Factors);
        Assert.Equal("acme/grid/2024:national", factor.Id);
        Assert.Equal(0.5366m, factor.Value.Value);
    }

    [Fact]
    public void Unit_outside_the_closed_list_is_an_error_at_the_unit_path()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad["unit"] = "tCO2/MWH";
        var file = tree.AddEdition(TestEdition, Factor("north", "CN-North"), bad);

        var message = ErrorAt(LoadFails(tree.Root), file, "$.factors[1].unit");

        Assert.Contains("'tCO2/MWH' is not one of the allowed values; did you mean 'tCO2/MWh'?", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_too_large_for_decimal_is_an_error_at_the_value_path_not_the_unit()
    {
        using var tree = new TempFactorTree();
        var file = tree.AddEdition(TestEdition, Factor(value: "1" + new string('0', 30)));

        var message = ErrorAt(LoadFails(tree.Root), file, "$.factors[0].value");

        Assert.Contains("is too large for decimal", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_of_the_wrong_kind_for_an_emission_factor_is_an_error()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad["unit"] = "GJ/t";
        var file = tree.AddEdition(TestEdition, bad);

        var message = ErrorAt(LoadFails(tree.Root), file, "$.factors[0].unit");

        Assert.Equal("unit 'GJ/t' is CalorificValue; emission-factor needs Co2e/Energy (e.g. tCO2/MWh)", message);
    }

    [Theory]
    [InlineData("net-calorific-value", "tCO2/MWh", "Energy/Mass (e.g. GJ/t) or Energy/Volume")]
    [InlineData("oxidation-rate", "GJ/t", "a ratio")]
    [InlineData("carbon-content", "GJ/t", "Carbon/Energy")]
    [InlineData("gwp", "kgCO2/kWh", "gwp must be in tCO2e/t")]
    [InlineData("average-pue", "%", null)]
    public void Unit_kind_must_agree_with_the_parameter(string parameter, string unit, string? expected)
    {
        using var tree = new TempFactorTree();
        var factor = Factor();
        factor["parameter"] = parameter;
        factor["unit"] = unit;
        factor.Remove("basis");
        if (parameter == "gwp")
        {
            factor["gwpBasis"] = "AR5";
            factor["applicability"]!.AsObject().Remove("carrier");
        }
        else
        {
            factor.Remove("gas");
        }

        var file = tree.AddEdition(TestEdition, factor);

        if (expected is null)
        {
            FactorLibrary.Load(tree.Root);
            return;
        }

        Assert.Contains(expected, ErrorAt(LoadFails(tree.Root), file, "$.factors[0].unit"), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_id_is_an_error_naming_both_places()
    {
        using var tree = new TempFactorTree();
        var file = tree.AddEdition(TestEdition, Factor(), Factor(region: "CN-North"));

        var message = ErrorAt(LoadFails(tree.Root), file, "$.factors[1].id");

        Assert.Equal($"duplicate id 'acme/grid/2024:national': already used at {file} $.factors[0].id", message);
    }

    [Fact]
    public void Same_edition_in_two_directories_is_an_error()
    {
        using var first = new TempFactorTree();
        using var second = new TempFactorTree();
        first.AddEdition(TestEdition, Factor());
        second.AddEdition(TestEdition, Factor());

        var exception = LoadFails(first.Root, second.Root);

        var message = ErrorAt(exception, second.Path(TestEdition), "");
        Assert.Contains($"also defined in {first.Root}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_prefix_must_equal_the_folder_path()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad["id"] = "acme/grid/2023:national";
        var file = tree.AddEdition(TestEdition, bad);

        var message = ErrorAt(LoadFails(tree.Root), file, "$.factors[0].id");

        Assert.Equal("id prefix 'acme/grid/2023' does not equal the folder path 'acme/grid/2024'", message);
    }

    [Fact]
    public void Unknown_carrier_is_an_error()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad["applicability"]!["carrier"] = "steam";
        var file = tree.AddEdition(TestEdition, bad);

        var message = ErrorAt(LoadFails(tree.Root), file, "$.factors[0].applicability.carrier");

        Assert.StartsWith("'steam' is not one of the allowed values", message, StringComparison.Ordinal);
        Assert.Contains("'electricity'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_applicability_within_a_set_is_an_error_naming_both_factors()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor("national"), Factor("national-again", value: "0.5400"));
        var set = tree.Write("sets/acme-2024.json", Set("acme-2024", TestEdition, "ipcc/gwp/ar5"));

        var message = ErrorAt(LoadFails(RepositoryFactors.Path, tree.Root), set, "$.editions");

        Assert.Contains("overlapping applicability in set acme-2024", message, StringComparison.Ordinal);
        Assert.Contains("acme/grid/2024:national (", message, StringComparison.Ordinal);
        Assert.Contains("acme/grid/2024:national-again (", message, StringComparison.Ordinal);
        Assert.Contains("region CN, data year 2024, gas CO2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_for_different_reporting_years_do_not_overlap()
    {
        using var tree = new TempFactorTree();
        JsonObject Ets(string local, int year)
        {
            var f = Factor(local);
            f["basis"] = "ets-grid-average";
            var applicability = f["applicability"]!.AsObject();
            applicability.Remove("dataYear");
            applicability["reportingYears"] = new JsonArray(year, year);
            return f;
        }

        tree.AddEdition(TestEdition, Factor(), Ets("ets-2023", 2023), Ets("ets-2024", 2024));
        tree.Write("sets/acme-2024.json", Set("acme-2024", TestEdition, "ipcc/gwp/ar5"));

        var library = FactorLibrary.Load(RepositoryFactors.Path, tree.Root);

        Assert.Equal(3, library.GetSet("acme-2024").Factors.Count(f => f.Id.StartsWith(TestEdition, StringComparison.Ordinal)));
    }

    [Fact]
    public void Missing_required_property_is_an_error_at_its_path()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad.Remove("source");
        var file = tree.AddEdition(TestEdition, bad);

        Assert.Equal("required property 'source' is missing", ErrorAt(LoadFails(tree.Root), file, "$.factors[0].source"));
    }

    [Fact]
    public void Additional_property_is_an_error_at_its_path()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad["colour"] = "green";
        var file = tree.AddEdition(TestEdition, bad);

        var message = ErrorAt(LoadFails(tree.Root), file, "$.factors[0].colour");

        Assert.StartsWith("property 'colour' is not allowed here (allowed: id, parameter, basis", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_outside_an_enum_is_an_error_with_the_nearest_allowed_value()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad["parameter"] = "emision-factor";
        var file = tree.AddEdition(TestEdition, bad);

        var message = ErrorAt(LoadFails(tree.Root), file, "$.factors[0].parameter");

        Assert.StartsWith("'emision-factor' is not one of the allowed values; did you mean 'emission-factor'?", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_that_breaks_a_pattern_is_an_error()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad["value"] = "0,5366";
        var file = tree.AddEdition(TestEdition, bad);

        Assert.Equal("'0,5366' does not match the pattern ^-?[0-9]+(\\.[0-9]+)?$", ErrorAt(LoadFails(tree.Root), file, "$.factors[0].value"));
    }

    [Fact]
    public void Manifest_date_that_breaks_its_pattern_is_an_error()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var manifest = Manifest(TestEdition);
        manifest["publishedOn"] = "2024/05/01";
        var file = tree.Write($"{TestEdition}/manifest.json", manifest);

        var message = ErrorAt(LoadFails(tree.Root), file, "$.publishedOn");

        Assert.StartsWith("'2024/05/01' does not match the pattern", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_written_as_a_json_number_is_an_error()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad["value"] = 0.5366m;
        var file = tree.AddEdition(TestEdition, bad);

        Assert.Equal("expected string, found the number 0.5366", ErrorAt(LoadFails(tree.Root), file, "$.factors[0].value"));
    }

    [Fact]
    public void Reporting_years_must_run_forwards()
    {
        using var tree = new TempFactorTree();
        var bad = Factor();
        bad["applicability"]!["reportingYears"] = new JsonArray(2022, 2021);
        var file = tree.AddEdition(TestEdition, bad);

        var message = ErrorAt(LoadFails(tree.Root), file, "$.factors[0].applicability.reportingYears");

        Assert.Equal("reportingYears [2022, 2021]: from is after to", message);
    }

    [Fact]
    public void Manifest_must_name_its_own_folders()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var manifest = Manifest(TestEdition);
        manifest["edition"] = "2023";
        var file = tree.Write($"{TestEdition}/manifest.json", manifest);

        Assert.Equal("edition '2023' does not equal the folder name '2024'", ErrorAt(LoadFails(tree.Root), file, "$.edition"));
    }

    [Fact]
    public void Set_must_list_only_editions_that_exist()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var set = tree.Write("sets/acme-2024.json", Set("acme-2024", TestEdition, "ipcc/gwp/ar9"));

        var message = ErrorAt(LoadFails(RepositoryFactors.Path, tree.Root), set, "$.editions[1]");

        Assert.StartsWith("edition 'ipcc/gwp/ar9' does not exist in any factor directory", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_file_name_must_equal_its_id()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var set = tree.Write("sets/acme.json", Set("acme-2024", TestEdition, "ipcc/gwp/ar5"));

        Assert.Equal("set id 'acme-2024' does not equal the file name 'acme.json'", ErrorAt(LoadFails(RepositoryFactors.Path, tree.Root), set, "$.id"));
    }

    [Fact]
    public void Set_with_a_gbt_2589_edition_must_name_its_natural_gas_row()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var set = tree.Write("sets/acme-2024.json", Set("acme-2024", TestEdition, "ipcc/gwp/ar5", "gbt-2589/calorific/2008-annex-a"));

        var message = ErrorAt(LoadFails(RepositoryFactors.Path, tree.Root), set, "$.naturalGasRow");

        Assert.Contains("required because the set includes gbt-2589/calorific/2008-annex-a", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_without_the_gwp_edition_it_names_is_an_error()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var set = tree.Write("sets/acme-2024.json", Set("acme-2024", TestEdition, "ipcc/gwp/ar4"));

        Assert.Equal("none of the set's editions has AR5 GWP values (add ipcc/gwp/ar5)", ErrorAt(LoadFails(RepositoryFactors.Path, tree.Root), set, "$.gwp"));
    }

    [Fact]
    public void Blend_mass_fractions_must_add_up_to_one()
    {
        using var tree = new TempFactorTree();
        tree.Write("acme/blends/2024/manifest.json", Manifest("acme/blends/2024"));
        var file = tree.Write("acme/blends/2024/blends.json", """
            {"blends": [{"id": "acme/blends/2024:r-410a", "name": "R-410A", "verification": "confirmed", "source": "test",
              "components": [{"gas": "HFC-32", "massFraction": "0.5"}, {"gas": "HFC-125", "massFraction": "0.4"}]}]}
            """);

        Assert.Equal("mass fractions add up to 0.9, not 1", ErrorAt(LoadFails(tree.Root), file, "$.blends[0].components"));
    }

    [Fact]
    public void Invalid_json_is_an_error_with_its_line()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var file = tree.Write($"{TestEdition}/factors.json", "{\"factors\": [\n  {\"id\": \"acme/grid/2024:x\",}\n]}");

        var message = ErrorAt(LoadFails(tree.Root), file, "$");

        Assert.StartsWith("not valid JSON:", message, StringComparison.Ordinal);
        Assert.Contains("LineNumber: 1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_json_property_is_an_error()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var file = tree.Write($"{TestEdition}/manifest.json",
            """{"publisher": "acme", "publisher": "acme", "dataset": "grid", "edition": "2024", "title": "t", "source": "s", "licence": "l"}""");

        Assert.StartsWith("not valid JSON:", ErrorAt(LoadFails(tree.Root), file, "$"), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_file_outside_an_edition_folder_is_an_error()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor());
        var stray = tree.Write("acme/grid/factors.json", FactorsDocument(Factor()));

        Assert.StartsWith("JSON file outside an edition folder", ErrorAt(LoadFails(tree.Root), stray, ""), StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_that_does_not_exist_is_an_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "emissions-no-such-" + Guid.NewGuid().ToString("N"));

        var exception = LoadFails(missing);

        Assert.Equal("factor directory does not exist", ErrorAt(exception, missing, ""));
        Assert.Equal($"factor data has 1 error: {missing}: factor directory does not exist; expected an existing directory of factor editions (publisher/dataset/edition/) and sets/",
            exception.OneLineMessage);
    }

    [Fact]
    public void Every_error_is_collected_before_the_load_fails()
    {
        using var tree = new TempFactorTree();
        var badUnit = Factor("a");
        badUnit["unit"] = "GJ/t";
        var badCarrier = Factor("b", "CN-North");
        badCarrier["applicability"]!["carrier"] = "steam";
        var missingSource = Factor("c", "CN-East");
        missingSource.Remove("source");
        var file = tree.AddEdition(TestEdition, badUnit, badCarrier, missingSource);
        var set = tree.Write("sets/acme.json", Set("acme-2024", TestEdition, "ipcc/gwp/ar5"));

        var exception = LoadFails(RepositoryFactors.Path, tree.Root);

        ErrorAt(exception, file, "$.factors[0].unit");
        ErrorAt(exception, file, "$.factors[1].applicability.carrier");
        ErrorAt(exception, file, "$.factors[2].source");
        ErrorAt(exception, set, "$.id");
        Assert.StartsWith($"factor data has {exception.Errors.Count} errors:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_directory_can_add_a_set_over_the_shipped_editions()
    {
        using var tree = new TempFactorTree();
        var set = Set("my-2022", "cn-mee/electricity/2022", "ipcc/gwp/ar6", "blends/refrigerants/2024");
        set["gwp"] = "AR6";
        tree.Write("sets/my-2022.json", set);

        var library = FactorLibrary.Load(RepositoryFactors.Path, tree.Root);

        var resolver = library.CreateResolver("my-2022");
        Assert.Equal(2255.5m, resolver.ResolveGwp("R-410A").Factor.Value.Value);
    }

    [Fact]
    public void Two_set_files_with_one_id_are_an_error_naming_both_not_a_crash()
    {
        using var tree = TempFactorTree.CopyOfRepository();
        File.Copy(tree.Path("sets/cn-2022.json"), tree.Path("sets/cn-2022-copy.json"));

        var exception = LoadFails(tree.Root);

        var file = tree.Path("sets/cn-2022.json");
        // Files are read in name order: the copy first, so the original is the second definition.
        Assert.Contains(exception.Errors, e => e.File == file && e.Path == "$.id" && e.Message == $"set id 'cn-2022' is also defined in {tree.Path("sets/cn-2022-copy.json")}");
        Assert.Contains(exception.Errors, e => e.Message == "set id 'cn-2022' does not equal the file name 'cn-2022-copy.json'");
    }
}
