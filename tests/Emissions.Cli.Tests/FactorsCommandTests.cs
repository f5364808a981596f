using System.Text.Json;
using Emissions.Factors.Loading;

namespace Emissions.Cli.Tests;

public class FactorsCommandTests
{
    private static readonly string RepositoryFactors =
        FactorDirectories.FindAbove(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no factors/schema above the test assembly");

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static (int Exit, string Output, string Error) RunFactors(params string[] args) =>
        Run(["factors", .. args, "--factors", RepositoryFactors]);

    [Fact]
    public void Sets_lists_every_shipped_set_with_its_content_hash()
    {
        var (exit, output, error) = RunFactors("sets");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("CONTENT HASH (SHA-256)", output, StringComparison.Ordinal);
        foreach (var set in new[] { "cn-2020", "cn-2021", "cn-2022", "cn-2023", "cn-ets-2022", "ipcc-2006-ar5", "uk-desnz-2024", "us-eia-2023" })
        {
            Assert.Matches($"(?m)^{set} +.* [0-9a-f]{{64}}$", output);
        }
    }

    [Fact]
    public void Sets_as_json_is_camel_case_with_conventions_and_hash()
    {
        var (exit, output, _) = RunFactors("sets", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var cn2020 = json.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "cn-2020");
        Assert.Equal(2020, cn2020.GetProperty("reportingYear").GetInt32());
        Assert.Equal("location-average", cn2020.GetProperty("electricity").GetProperty("location").GetString());
        Assert.Equal("oil-field", cn2020.GetProperty("naturalGasRow").GetString());
        Assert.True(cn2020.GetProperty("fallbacks").GetProperty("regionToNational").GetBoolean());
        Assert.Matches("^[0-9a-f]{64}$", cn2020.GetProperty("contentHash").GetString());
    }

    [Fact]
    public void List_of_one_set_shows_only_its_factors_its_blend_gwp_and_its_hash()
    {
        var (exit, output, _) = RunFactors("list", "--set", "cn-2022");

        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^cn-mee/electricity/2022:north +emission-factor +location-average +0\.6776 +tCO2/MWh +CO2 +electricity +CN-North +data 2022 +confirmed$", output);
        Assert.DoesNotContain("cn-mee/electricity/2023", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^blends/refrigerants/2024:r-410a +R-410A +0\.5 HFC-32 \+ 0\.5 HFC-125 +confirmed +1923\.5$", output);
        Assert.Matches(@"(?m)^set cn-2022: 60 factors \(23 confirmed, 33 secondary, 4 unverified\), 1 blend; content hash [0-9a-f]{64}$", output);
    }

    [Fact]
    public void List_as_json_keeps_values_as_printed_decimal_strings()
    {
        var (exit, output, _) = RunFactors("list", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var factors = json.RootElement.GetProperty("factors").EnumerateArray().ToList();
        Assert.Equal(139, factors.Count);
        var ets = factors.Single(f => f.GetProperty("id").GetString() == "cn-mee-ets/grid/2021:national");
        Assert.Equal("0.5810", ets.GetProperty("value").GetString());
        Assert.Equal("tCO2/MWh", ets.GetProperty("unit").GetString());
        Assert.Equal([2021, 2021], ets.GetProperty("applicability").GetProperty("reportingYears").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal("R-410A", json.RootElement.GetProperty("blends")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void List_of_an_unknown_set_exits_2_with_one_line()
    {
        var (exit, output, error) = RunFactors("list", "--set", "cn-2019");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("emissions factors list: --set: there is no factor set 'cn-2019'; expected a factor set id, one of: cn-2020, cn-2021, cn-2022, cn-2023, cn-ets-2022, ipcc-2006-ar5, uk-desnz-2024, us-eia-2023",
            error.TrimEnd());
    }

    [Fact]
    public void Show_prints_a_factor_with_its_edition_and_sets()
    {
        var (exit, output, _) = RunFactors("show", "cn-mee/electricity/2022:north");

        Assert.Equal(0, exit);
        Assert.Matches("(?m)^value +0.6776$", output);
        Assert.Matches(@"(?m)^unit +tCO2/MWh \(EmissionFactor\)$", output);
        Assert.Matches("(?m)^verification +confirmed ", output);
        Assert.Matches("(?m)^published +2024-12-20$", output);
        Assert.Matches("(?m)^in sets +cn-2022, ipcc-2006-ar5$", output);
    }

    [Fact]
    public void Show_as_json_nests_factor_edition_and_sets()
    {
        var (exit, output, _) = RunFactors("show", "gbt-2589/calorific/2008-annex-a:natural-gas-oil-field.kgce", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var factor = json.RootElement.GetProperty("factor");
        Assert.Equal("1.3300", factor.GetProperty("value").GetString());
        Assert.Equal("kgce/m³", factor.GetProperty("unit").GetString());
        Assert.Equal("standard-coal-coefficient", factor.GetProperty("parameter").GetString());
        Assert.Equal("secondary", factor.GetProperty("verification").GetString());
        Assert.Equal("gbt-2589/calorific/2008-annex-a", json.RootElement.GetProperty("edition").GetProperty("path").GetString());
        Assert.Contains("cn-2022", json.RootElement.GetProperty("sets").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Show_of_a_blend_shows_its_gwp_computation_in_each_set()
    {
        var (exit, output, _) = RunFactors("show", "blends/refrigerants/2024:r-410a");

        Assert.Equal(0, exit);
        Assert.Contains("gwp in cn-2022", output, StringComparison.Ordinal);
        Assert.Contains("R-410A under AR5 = 0.5 × 677 (ipcc/gwp/ar5:hfc-32) + 0.5 × 3170 (ipcc/gwp/ar5:hfc-125) = 1923.5 tCO2e/t", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_unknown_id_exits_2_with_one_line_suggesting_ids()
    {
        var (exit, _, error) = RunFactors("show", "cn-mee/electricity/2022:north-china");

        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("emissions factors show: unknown factor id 'cn-mee/electricity/2022:north-china'; expected the id of a factor or blend, publisher/dataset/edition:name", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_is_rejected()
    {
        var (exit, _, error) = RunFactors("sets", "--format", "yaml");

        Assert.Equal(2, exit);
        Assert.Contains("yaml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_factor_data_exits_2_with_one_line_naming_file_and_path()
    {
        var root = Path.Combine(Path.GetTempPath(), "emissions-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var edition = Path.Combine(root, "acme", "grid", "2024");
            Directory.CreateDirectory(edition);
            File.WriteAllText(Path.Combine(edition, "manifest.json"),
                """{"publisher": "acme", "dataset": "grid", "edition": "2024", "title": "t", "source": "s", "licence": "l"}""");
            File.WriteAllText(Path.Combine(edition, "factors.json"), """
                {"factors": [{"id": "acme/grid/2024:national", "parameter": "emission-factor", "value": "0.5", "unit": "GJ/t",
                  "applicability": {"carrier": "electricity", "region": "CN"}, "verification": "confirmed", "source": "s"}]}
                """);

            var (exit, output, error) = Run("factors", "sets", "--factors", root);

            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.Contains($"factor data has 1 error: {Path.Combine(edition, "factors.json")}: $.factors[0].unit: unit 'GJ/t' is CalorificValue", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Every_factor_data_error_on_the_one_line_names_the_value_and_what_was_expected()
    {
        var root = Path.Combine(Path.GetTempPath(), "emissions-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var edition = Path.Combine(root, "acme", "grid", "2024");
            Directory.CreateDirectory(edition);
            File.WriteAllText(Path.Combine(edition, "manifest.json"), "");
            File.WriteAllText(Path.Combine(edition, "factors.json"), """
                {"factors": [{"id": "acme/grid/2024:national", "parameter": "emission-factor", "basis": "location-average", "value": "0.5", "unit": "tCO2/MWh",
                  "gas": "CO2", "applicability": {"carrier": "electricity", "region": "CN", "reportingYears": [2025, 2020]}, "verification": "confirmed", "source": "s"}]}
                """);

            var (exit, output, error) = Run("factors", "sets", "--factors", root);

            Assert.Equal((2, ""), (exit, output));
            var line = Assert.Single(error.TrimEnd().Split('\n'));
            Assert.Contains($"{Path.Combine(edition, "manifest.json")}: $: not valid JSON: The input does not contain any JSON tokens", line, StringComparison.Ordinal);
            Assert.Contains("; expected a JSON document (RFC 8259) with each property once", line, StringComparison.Ordinal);
            Assert.Contains($"{Path.Combine(edition, "factors.json")}: $.factors[0].applicability.reportingYears: reportingYears [2025, 2020]: from is after to; " +
                "expected [from, to]: two years, from not after to, e.g. [2020, 2022]", line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void No_factor_directory_found_says_where_it_looked_and_what_was_expected()
    {
        var exception = Assert.Throws<CliInputException>(() => CliFactors.Load(null, found: null));

        Assert.Equal($"cannot find the factors/ directory: EMISSIONS_FACTORS_DIR is not set and no folder above {AppContext.BaseDirectory} holds factors/schema; " +
            "expected --factors DIR or EMISSIONS_FACTORS_DIR=DIR naming a factor directory (publisher/dataset/edition/ folders and sets/)", exception.Message);
    }

    [Fact]
    public void Repeated_factors_option_loads_an_extra_directory()
    {
        var extra = Path.Combine(Path.GetTempPath(), "emissions-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(extra, "sets"));
            File.WriteAllText(Path.Combine(extra, "sets", "my-ar6.json"), """
                {"id": "my-ar6", "title": "t", "description": "d", "editions": ["cn-mee/electricity/2023", "ipcc/gwp/ar6", "blends/refrigerants/2024"],
                 "method": "cn", "gwp": "AR6", "ch4Convention": "fossil", "electricity": {"location": "location-average"},
                 "fallbacks": {"regionToNational": true, "earlierDataYear": false}, "reportingYear": 2023}
                """);

            var (exit, output, _) = Run("factors", "list", "--set", "my-ar6", "--factors", RepositoryFactors, "--factors", extra);

            Assert.Equal(0, exit);
            Assert.Matches(@"(?m)^blends/refrigerants/2024:r-410a .* 2255\.5$", output);
        }
        finally
        {
            Directory.Delete(extra, recursive: true);
        }
    }

    [Fact]
    public void Without_factors_option_the_repository_directory_is_found()
    {
        var (exit, output, _) = Run("factors", "sets");

        Assert.Equal(0, exit);
        Assert.Contains("cn-2022", output, StringComparison.Ordinal);
    }
}
