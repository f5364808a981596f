using System.Text.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using Emissions.Core.Tests.Verification;
using Emissions.Inventory;
using Emissions.Quantities;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Core.Tests.Spreadsheets;

public sealed class SpreadsheetCheckReaderTests
{
    /// <summary>
    /// The Kuaishou 2020 tables (tests/fixtures/kuaishou-2020/report.json, from the 2020 ESG report lines 1167-1288)
    /// as an auditor would type them into Excel: Chinese headers in their own order, numbers as numeric cells
    /// formatted #,##0.00 (so 32.30 keeps its printed zero), the relation and the options on their own sheets.
    /// </summary>
    internal static MemoryStream KuaishouWorkbook()
    {
        using var json = JsonDocument.Parse(Fixtures.Read("tests/fixtures/kuaishou-2020/report.json"));
        var rows = new List<object?[]> { new object?[] { "项目", "数值", "单位", "编号", "指标", "限定", "场所" } };
        foreach (var f in json.RootElement.GetProperty("figures").EnumerateArray())
        {
            string? S(string name) => f.TryGetProperty(name, out var p) ? p.GetString() : null;
            var printed = S("value")!.Replace(",", "", StringComparison.Ordinal);
            object value = printed.Contains('.', StringComparison.Ordinal) && printed.Split('.')[1].Length != 2 ? printed : decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture);
            rows.Add([S("label"), value, S("unit"), S("id"), S("metric"), S("qualifier"), S("site")]);
        }

        return TestWorkbook.Create(
            ("数据", [.. rows]),
            ("关系", [["id", "metric", "formula"], ["ulanqab_vs_uptime", "ulanqab_saving_pct", "1 - ulanqab_pue / uptime_2020_pue"]]),
            ("选项", [["option", "value"], ["机构", "Kuaishou Technology"], ["期间", "2020"], ["重要性", "5%"]]));
    }

    internal static IReadOnlyList<(string Figure, string Verdict)> Verdicts(CheckReport report) =>
        [.. report.Checks.Select(c => (c.Figure, c.Verdict.Name()))];

    [Fact]
    public void Kuaishou_tables_typed_into_a_workbook_get_the_same_verdicts_as_the_json_request()
    {
        var fromJson = CheckRun.Run(Fixtures.Request("kuaishou-2020"), null);
        var reading = SpreadsheetCheckReader.ReadXlsx(KuaishouWorkbook(), "kuaishou.xlsx");
        var fromXlsx = CheckRun.Run(reading.Request, null);

        Assert.Equal(Verdicts(fromJson), Verdicts(fromXlsx));
        Assert.Equal(11, fromXlsx.Checks.Count);
        var discrepant = Assert.Single(fromXlsx.Checks, c => c.Verdict == Verdict.Discrepant);
        Assert.Equal("energy_indirect", discrepant.Figure);
        Assert.Equal("2020", reading.Request.Period);
        var energy = Assert.Single(reading.Request.Figures, f => f.Id == "energy_indirect");
        Assert.Equal("間接能源消耗量 (兆瓦時)", energy.Label);
        Assert.Equal("kuaishou.xlsx sheet '数据' row 14", energy.Source);
        Assert.Equal(2, Assert.Single(reading.Request.Figures, f => f.Id == "ghg_total_per_employee").Printed.Scale);
    }

    [Fact]
    public void Each_header_is_reported_with_the_field_it_fills_and_unknown_columns_are_left_out()
    {
        var reading = SpreadsheetCheckReader.ReadCsv("编号,数值（万吨）,2019,备注\nghg_total,69.44,70.1,restated\n", "ghg.csv");

        Assert.Equal(
            [("A", FigureColumn.Id, null), ("B", FigureColumn.Value, "万吨"), ("C", (FigureColumn?)null, null), ("D", null, null)],
            reading.Columns.Select(c => (c.Column, c.ReadAs, c.Unit)).ToList());
        Assert.Equal(Quantity.From(694_400m, "t"), Assert.Single(reading.Request.Figures).Printed.Quantity);
    }

    [Fact]
    public void A_scale_word_in_the_value_header_multiplies_the_unit_of_each_row()
    {
        var figures = SpreadsheetCheckReader.ReadCsv("id,Value ('000),unit\nelectricity,\"715,200.83\",kWh\nwater,56.22,吨\n", "energy.csv").Request.Figures;

        Assert.Equal(Quantity.From(715_200.83m, "MWh"), figures[0].Printed.Quantity);
        Assert.Equal(Quantity.From(56_220m, "t"), figures[1].Printed.Quantity); // '000 吨: thousands of tonnes
    }

    [Fact]
    public void Text_in_the_value_column_is_refused_naming_sheet_row_and_column()
    {
        var workbook = TestWorkbook.Create(("Figures", [["id", "unit", "value"], ["energy_total", "MWh", 734_661.07m], ["energy_direct", "MWh", "n/a"]]));

        var error = Assert.Throws<InputException>(() => SpreadsheetCheckReader.ReadXlsx(workbook, "report.xlsx"));

        Assert.Contains("report.xlsx sheet 'Figures' row 3 column C (value)", error.Message, StringComparison.Ordinal);
        Assert.Contains("n/a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_instead_of_a_printed_value_is_refused_naming_the_cell()
    {
        var workbook = TestWorkbook.Create(("Figures", [["id", "value", "unit"], ["energy_total", "=B3+B4", "MWh"], ["energy_direct", 13_543.85m, "MWh"]]));

        var error = Assert.Throws<InputException>(() => SpreadsheetCheckReader.ReadXlsx(workbook, "report.xlsx"));

        Assert.Contains("report.xlsx sheet 'Figures' row 2 column B", error.Message, StringComparison.Ordinal);
        Assert.Contains("=B3+B4", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a formula", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_without_a_figures_table_names_the_sheet_it_read_and_the_sheets_it_has()
    {
        var workbook = TestWorkbook.Create(("Chart", [["Emissions 2020 by scope"]]), ("Notes", [["see page 12"]]));

        var error = Assert.Throws<InputException>(() => SpreadsheetCheckReader.ReadXlsx(workbook, "report.xlsx"));

        Assert.Contains("report.xlsx sheet 'Chart' row 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Chart', 'Notes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_of_merged_cells_is_refused_naming_the_range()
    {
        var workbook = TestWorkbook.Create(
            sheet => sheet.Append(new MergeCells(new MergeCell { Reference = "B1:C1" })),
            ("Figures", [["id", "value", null], ["energy_total", 734_661.07m, "MWh"]]));

        var error = Assert.Throws<InputException>(() => SpreadsheetCheckReader.ReadXlsx(workbook, "report.xlsx"));

        Assert.Contains("cells B1:C1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_rows_by_the_hundred_thousand_are_skipped()
    {
        var rows = new object?[100_003][];
        rows[0] = ["id", "value", "unit"];
        for (var i = 1; i < rows.Length - 1; i++)
        {
            rows[i] = [];
        }

        rows[^1] = ["energy_total", 734_661.07m, "MWh"];
        var figure = Assert.Single(SpreadsheetCheckReader.ReadXlsx(TestWorkbook.Create(("Figures", rows)), "sparse.xlsx").Request.Figures);

        Assert.Equal("sparse.xlsx sheet 'Figures' row 100003", figure.Source);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        using var bomb = ZipBomb.Create();
        var error = Assert.Throws<InputException>(() => SpreadsheetCheckReader.ReadXlsx(bomb, "bomb.xlsx"));

        Assert.Contains("bomb.xlsx part xl/worksheets/sheet1.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_by_name()
    {
        using var text = new MemoryStream("id,value\nx,1\n"u8.ToArray());

        var error = Assert.Throws<InputException>(() => SpreadsheetCheckReader.ReadXlsx(text, "figures.xlsx"));

        Assert.StartsWith("figures.xlsx", error.Message, StringComparison.Ordinal);
        Assert.Contains("an Excel workbook", error.Message, StringComparison.Ordinal);
    }
}
