using Emissions.Cli;
using Emissions.Factors.Loading;
using Emissions.Spreadsheets;

using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>`emissions check … --out paper.xlsx`, workbooks and Chinese-header CSV as input, `emissions calculate … --out results.xlsx`.</summary>
public sealed class SpreadsheetCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("emissions-sheets-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Temp(string name) => Path.Combine(_directory, name);

    private static List<string> VerdictColumn(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[6])];

    [Fact]
    public void The_working_paper_written_by_check_re_runs_to_the_same_verdicts()
    {
        var paper = Temp("paper.xlsx");
        var (exit, fromJson, error) = Run("check", Fixture("kuaishou-2020/report.json"), "--format", "csv", "--out", paper);
        Assert.True(exit == 0, error);

        var (again, fromPaper, againError) = Run("check", paper, "--format", "csv");

        Assert.True(again == 0, againError);
        Assert.Equal(VerdictColumn(fromJson), VerdictColumn(fromPaper));
        Assert.Equal(1, VerdictColumn(fromPaper).Count(v => v == "discrepant"));
        using var stream = File.OpenRead(paper);
        var summary = XlsxWorkbookReader.Read(stream, "paper.xlsx").Single(s => s.Name == "Summary");
        Assert.Equal("discrepant by 289.54 兆瓦時 (0.040 %), not material at 5 %", summary.Rows.Single(r => r.At(0)?.Text == "energy_indirect").At(4)?.Text);
        Assert.Contains(summary.Rows, r => r.At(0)?.Text == "Factor set content hash" && r.At(1)?.Text.Length == 64);
    }

    [Fact]
    public void Excel_ready_csv_has_a_byte_order_mark_the_conclusions_and_the_factor_set_hash()
    {
        var csv = Temp("verdicts.csv");

        var (exit, _, error) = Run("check", Fixture("kuaishou-2020/report.json"), "--out", csv);

        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = File.ReadAllText(csv);
        Assert.Contains("間接能源消耗量 (兆瓦時),\"discrepant by 289.54 兆瓦時 (0.040 %), not material at 5 %\"", text, StringComparison.Ordinal);
        Assert.Matches("factor_set,cn-2022,content_hash,[0-9a-f]{64}", text);
    }

    [Fact]
    public void A_csv_with_chinese_headers_and_a_unit_in_the_header_is_checked()
    {
        var csv = Temp("能源.csv");
        File.WriteAllText(csv, "项目,编号,指标,数值（兆瓦時）\n直接能源,energy_direct,energy.direct,\"13,543.85\"\n間接能源,energy_indirect,energy.indirect,\"721,117.23\"\n綜合能源,energy_total,energy.total,\"734,661.07\"\n");

        var (exit, output, error) = Run("check", csv, "--format", "csv");

        Assert.True(exit == 0, error);
        var total = output.Split('\n').Single(line => line.Contains(",energy_total,", StringComparison.Ordinal));
        Assert.Equal("consistent", total.Split(',')[6]);
    }

    [Fact]
    public void A_bad_workbook_fails_with_one_line_naming_the_file()
    {
        var path = Temp("report.xlsx");
        File.WriteAllText(path, "not a zip");

        var (exit, _, error) = Run("check", path);

        Assert.Equal(2, exit);
        Assert.StartsWith("emissions check: report.xlsx", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Calculate_writes_a_results_workbook_with_traces_and_the_factor_set_hash()
    {
        var results = Temp("results.xlsx");

        var (exit, _, error) = Run("calculate", Fixture("kuaishou-2020/inputs.json"), "--factor-set", "cn-2020", "--out", results);

        Assert.True(exit == 0, error);
        using var stream = File.OpenRead(results);
        var sheets = XlsxWorkbookReader.Read(stream, "results.xlsx");
        Assert.Equal(["Metrics", "Factors", "Warnings", "About"], sheets.Select(s => s.Name));
        var energy = sheets[0].Rows.First(r => r.At(0)?.Text == "energy.total");
        Assert.False(string.IsNullOrEmpty(energy.At(4)?.Text)); // the formula of its trace
        Assert.Matches("^[0-9a-f]{64}$", sheets[3].Rows.Single(r => r.At(0)?.Text == "Factor set content hash").At(1)!.Text);
    }

    [Fact]
    public void Kuaishou_2020_inputs_in_the_template_workbook_calculate_to_the_json_result()
    {
        // The 2020 ESG report's activity data and printed subtotals (tests/fixtures/kuaishou-2020, report lines 1167-1288).
        var inputs = Fixture("kuaishou-2020/inputs-with-printed-totals.json");
        var workbook = Temp("inventory.xlsx");
        var (written, _, templateError) = Run("template", workbook, "--from", inputs);
        Assert.True(written == 0, templateError);

        var (exit, fromWorkbook, error) = Run("calculate", workbook, "--format", "json", "--out", Temp("results.xlsx"));
        var (_, fromJson, _) = Run("calculate", inputs, "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Equal(fromJson, fromWorkbook);
        Assert.Contains("\"ghg.total.per-employee\"", fromJson, StringComparison.Ordinal);
        Assert.True(File.Exists(Temp("results.xlsx")));
    }

    [Fact]
    public void The_template_lists_the_librarys_factor_sets_and_reads_back_empty()
    {
        var template = Temp("template.xlsx");

        var (exit, output, error) = Run("template", template);

        Assert.True(exit == 0, error);
        Assert.StartsWith($"wrote {template}: sheets Inventory, Fuels, Electricity", output, StringComparison.Ordinal);
        using var stream = File.OpenRead(template);
        var lists = XlsxWorkbookReader.Read(stream, "template.xlsx").Single(s => s.Name == "Lists");
        var factorSets = lists.Rows.Skip(1).Select(r => r.At(3)?.Text).OfType<string>().ToList();
        Assert.Contains("cn-2020", factorSets);
    }

    [Fact]
    public void A_bad_cell_in_an_activity_workbook_exits_2_naming_sheet_row_and_column()
    {
        var csv = Temp("lines.csv");
        File.WriteAllText(csv, "kind,fuel,amount,unit\nperiod,,2020,\nfactorSet,,cn-2020,\nfuel,diesel,lots,t\n");

        var (exit, _, error) = Run("calculate", csv);

        Assert.Equal(2, exit);
        Assert.StartsWith("emissions calculate: lines.csv line 4 column C (amount): 'lots t': 'lots' is not a number; expected a number in the invariant format", error, StringComparison.Ordinal);
    }
}
