using System.Text.Json;
using Emissions.Cli;

namespace Emissions.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("emissions-check-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Fixture(string report)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "fixtures", report, "report.json");
            if (File.Exists(Path.Combine(dir.FullName, "Emissions.sln")))
            {
                return path;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private const string MaterialGap = """
        {"period": "2020", "figures": [
          {"metric": "energy.total", "value": "106", "unit": "MWh"},
          {"metric": "energy.direct", "value": "41", "unit": "MWh"},
          {"metric": "energy.indirect", "value": "59", "unit": "MWh"}
        ]}
        """;

    [Fact]
    public void Kuaishou_2020_has_no_material_discrepancy_so_check_exits_0_with_a_readable_table()
    {
        var (exit, output, error) = Run("check", Fixture("kuaishou-2020"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Empty(error);
        Assert.Contains("11 checks — 7 reproduced, 3 consistent, 1 discrepant (0 material), 0 unverifiable", output, StringComparison.Ordinal);
        var row = Assert.Single(output.Split('\n'), l => l.StartsWith("discrepant  energy_indirect", StringComparison.Ordinal));
        Assert.Contains("721,117.23 兆瓦時", row, StringComparison.Ordinal);
        Assert.Contains("720,827.685556 兆瓦時", row, StringComparison.Ordinal);
        Assert.Contains("+289.544444 (+0.0402 %)", row, StringComparison.Ordinal);
        Assert.Contains("energy_heat conversion 3.423819 GJ/MWh", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_material_discrepancy_exits_1()
    {
        var (exit, output, _) = Run("check", Write("gap.json", MaterialGap));

        Assert.Equal(ExitCodes.MaterialDiscrepancy, exit);
        Assert.Contains("MATERIAL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_materiality_option_overrides_the_request()
    {
        var (exit, _, _) = Run("check", Write("gap.json", MaterialGap), "--materiality", "10%");

        Assert.Equal(ExitCodes.Ok, exit);
    }

    [Fact]
    public void Bad_input_exits_2_with_one_stderr_line_naming_the_field_value_and_expectation()
    {
        var (exit, output, error) = Run("check", Write("bad.json", """{"figures": [{"metric": "ghg.totl", "value": "1", "unit": "t"}]}"""));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("$.figures[0].metric", line, StringComparison.Ordinal);
        Assert.Contains("'ghg.totl'", line, StringComparison.Ordinal);
        Assert.Contains("ghg.total", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var (exit, _, error) = Run("check", Path.Combine(_directory, "nope.json"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("nope.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_bad_input()
    {
        var (exit, _, _) = Run("check", Fixture("kuaishou-2019"), "--format", "xml");

        Assert.Equal(ExitCodes.BadInput, exit);
    }

    [Fact]
    public void Json_output_follows_the_contract_shape()
    {
        var (exit, output, _) = Run("check", Fixture("bytedance-2020"), "--format", "json", "--factor", "absorption-rate[forest]=67 kgCO2/(mu·day)");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var checks = json.RootElement.GetProperty("checks");
        var forest = checks.EnumerateArray().Single(c => c.GetProperty("figure").GetString() == "forest_mu_days");
        Assert.Equal("reproduced", forest.GetProperty("verdict").GetString());
        Assert.Equal("971", forest.GetProperty("reported").GetProperty("value").GetString());
        Assert.Equal("mu·day", forest.GetProperty("reported").GetProperty("unit").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("reproduced").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("flags").ValueKind);
    }

    [Fact]
    public void Without_the_forest_factor_the_equivalence_is_unverifiable()
    {
        var (_, output, _) = Run("check", Fixture("bytedance-2020"), "--format", "json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("unverifiable").GetInt32());
    }

    [Fact]
    public void Without_the_forest_factor_the_implied_67_02_kg_is_attributed_to_the_popular_figure_in_the_library()
    {
        var (_, output, _) = Run("check", Fixture("bytedance-2020"), "--format", "json");

        using var json = JsonDocument.Parse(output);
        var forest = json.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("figure").GetString() == "forest_mu_days");
        var attribution = forest.GetProperty("attribution").EnumerateArray().Single();
        Assert.Equal("@absorption-rate[forest]", attribution.GetProperty("factor").GetString());
        Assert.StartsWith("67.0236869", attribution.GetProperty("implied").GetString(), StringComparison.Ordinal); // 65,080 kg / 971
        var explained = attribution.GetProperty("explainedBy").EnumerateArray().Single();
        Assert.Equal("popular/forest-absorption/2007", explained.GetProperty("edition").GetString());
        Assert.Equal("unverified", explained.GetProperty("verification").GetString());
    }

    [Fact]
    public void Csv_output_has_a_header_and_one_row_per_check()
    {
        var (_, output, _) = Run("check", Fixture("kuaishou-2019"), "--format", "csv");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("relation,figure,metric,period,site,formula,verdict,", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("oasis_mu_from_m2,oasis_mu,,2019,,oasis_mu = oasis_m2,consistent,56,亩,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_table_with_a_relations_csv_is_checked()
    {
        var figures = Write("figures.csv", """
            id,metric,value,unit,qualifier
            oasis_m2,,36861,平方米,
            oasis_mu,,56,亩,about
            """);
        var relations = Write("relations.csv", """
            id,metric,formula
            oasis_mu_from_m2,oasis_mu,oasis_m2
            """);

        var (exit, output, error) = Run("check", figures, "--relations", relations, "--period", "2019");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Empty(error);
        Assert.Contains("consistent  oasis_mu", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_csv_cell_names_the_file_line_and_column()
    {
        var (exit, _, error) = Run("check", Write("bad.csv", "id,value,unit\na,1,Mwh\n"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("bad.csv line 2 column unit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_douyin_stair_climb_flag_appears_in_the_table()
    {
        var (_, output, _) = Run("check", Fixture("douyin-2022"));

        Assert.Contains("FLAG avoided-co2-per-floor-climbed", output, StringComparison.Ordinal);
        Assert.Contains("about 492×", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_inputs_are_recomputed_with_the_named_factor_set_and_checked_against_the_printed_figure()
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Fixture("kuaishou-2020")));
        using var inputs = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(Fixture("kuaishou-2020"))!, "inputs.json")));
        var combined = new Dictionary<string, JsonElement>();
        foreach (var property in report.RootElement.EnumerateObject())
        {
            combined[property.Name] = property.Value;
        }

        combined["inputs"] = inputs.RootElement;
        var file = Write("report-with-inputs.json", JsonSerializer.Serialize(combined));

        var (exit, output, error) = Run("check", file, "--factor-set", "cn-2020", "--format", "json");

        // Exit 1: the GHG total recomputed with MEE averages is far from the printed 69.44 万t (seed-checks §3 needs ≈0.963 t/MWh).
        Assert.Equal("", error);
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var ghg = json.RootElement.GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("relation").GetString()!.Contains("from inputs", StringComparison.Ordinal) && c.GetProperty("figure").GetString() == "ghg_total");
        Assert.Equal("discrepant", ghg.GetProperty("verdict").GetString());
        Assert.True(ghg.GetProperty("material").GetBoolean());
        var fromInputs = json.RootElement.GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("relation").GetString()!.Contains("from inputs", StringComparison.Ordinal) && c.GetProperty("figure").GetString() == "energy_direct");

        // seed-checks.md §2.3 case A: printed 13,543.85 MWh vs 13,528.942 MWh from the fuels at GB/T 2589 values: +14.908 MWh, 0.110 %.
        Assert.Equal("discrepant", fromInputs.GetProperty("verdict").GetString());
        Assert.StartsWith("14.908", fromInputs.GetProperty("deviation").GetProperty("absolute").GetString(), StringComparison.Ordinal);
        Assert.False(fromInputs.GetProperty("material").GetBoolean());
    }

    [Fact]
    public void Raw_inputs_without_a_factor_set_are_refused_not_ignored()
    {
        var file = Write("inputs-no-set.json", """{"period": "2020", "figures": [{"metric": "energy.direct", "value": "1", "unit": "MWh"}], "inputs": {"fuels": []}}""");

        var (exit, _, error) = Run("check", file);

        Assert.Equal(2, exit);
        Assert.StartsWith("emissions check: $.options.factorSet: the check carries raw inputs but names no factor set to recompute them with", error, StringComparison.Ordinal);
    }
}
