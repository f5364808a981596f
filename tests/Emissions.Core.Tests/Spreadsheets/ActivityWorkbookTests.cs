using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Emissions.Core.Tests.Verification;
using Emissions.Inventory;
using Emissions.Spreadsheets;

namespace Emissions.Core.Tests.Spreadsheets;

/// <summary>The activity workbook: the template, a request written into it and read back, and the workbooks it refuses.</summary>
public sealed class ActivityWorkbookTests
{
    private static readonly string[] Sets = ["cn-2020", "cn-2023"];

    private static MemoryStream Workbook(string fixture)
    {
        using var json = JsonDocument.Parse(Fixtures.Read(fixture));
        var stream = new MemoryStream();
        ActivityWorkbook.Write(stream, Sets, json.RootElement);
        stream.Position = 0;
        return stream;
    }

    private static Emissions.Inventory.Inventory Inventory(ActivityReading reading) => reading.Run(root => InventoryReader.Read(root));

    /// <summary>Every input line as text: kind, code, amount as written with its unit, region, site.</summary>
    private static List<string> Lines(Emissions.Inventory.Inventory inventory) =>
    [
        $"organization {inventory.Organization}", $"period {inventory.Period}", $"factorSet {inventory.FactorSet}", $"headcount {inventory.Headcount?.Measurement}",
        .. inventory.Fuels.Select(f => $"fuel {f.Fuel} {f.Amount.Measurement} {f.Region} {f.Site}"),
        .. inventory.Electricity.Select(e => $"electricity {e.Amount.Measurement} {e.Region} {e.Renewable?.Measurement} {e.Site}"),
        .. inventory.Heat.Select(h => $"heat {h.Amount.Measurement} {h.Site}"),
        .. inventory.Waste.Select(w => $"waste {w.Category} {w.Amount.Measurement}"),
        $"water {inventory.Water.Withdrawal?.Measurement} {inventory.Water.Discharge?.Measurement}",
        .. inventory.DataCenters.Select(d => $"dc {d.Id} {d.Facility.Measurement} {d.It.Measurement} {d.Region} {d.PurchasedElectricity}"),
        .. inventory.Totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"total {t.Key} {t.Value.Measurement}"),
    ];

    [Fact]
    public void Kuaishou_2020_inputs_written_into_the_workbook_read_back_to_the_same_inventory()
    {
        // tests/fixtures/kuaishou-2020/inputs-with-printed-totals.json: the 2020 ESG report's activity data (lines 1167-1288) and printed subtotals.
        using var json = JsonDocument.Parse(Fixtures.Read("tests/fixtures/kuaishou-2020/inputs-with-printed-totals.json"));
        var expected = Lines(InventoryReader.Read(json.RootElement));

        var reading = ActivityWorkbookReader.ReadXlsx(Workbook("tests/fixtures/kuaishou-2020/inputs-with-printed-totals.json"), "inventory.xlsx");

        Assert.Equal(expected, Lines(Inventory(reading)));
        Assert.Contains("fuel natural-gas 273431.40 立方米  ", expected);
        Assert.Contains("total ghg.total 69.44 萬噸", expected);
    }

    [Fact]
    public void The_template_offers_drop_down_lists_drawn_from_a_hidden_lists_sheet()
    {
        using var stream = new MemoryStream();
        ActivityWorkbook.Write(stream, Sets);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();

        Assert.Equal(["Read me", "Inventory", "Fuels", "Electricity", "Heat", "Refrigerants", "Waste", "Water", "DataCenters", "Totals", "Overrides", "Lists"],
            sheets.Select(s => s.Name!.Value));
        Assert.Equal(SheetStateValues.Hidden, sheets[^1].State!.Value);
        var fuels = (WorksheetPart)workbook.GetPartById(sheets[2].Id!);
        var fuelList = fuels.Worksheet.Descendants<DataValidation>().Single(v => v.SequenceOfReferences!.InnerText == "A2:A1000");
        Assert.Equal("Lists!$A$2:$A$6", fuelList.Formula1!.Text); // natural-gas, diesel, gasoline, lpg, coal
        var inventory = (WorksheetPart)workbook.GetPartById(sheets[1].Id!);
        Assert.Contains(inventory.Worksheet.Descendants<DataValidation>(), v => v.SequenceOfReferences!.InnerText == "B4" && v.Formula1!.Text == "Lists!$D$2:$D$3");
    }

    [Fact]
    public void The_empty_template_reads_back_to_an_empty_request()
    {
        using var stream = new MemoryStream();
        ActivityWorkbook.Write(stream, Sets);
        stream.Position = 0;

        var reading = ActivityWorkbookReader.ReadXlsx(stream, "template.xlsx");

        Assert.Equal("{}", System.Text.Encoding.UTF8.GetString(reading.Json));
    }

    [Fact]
    public void Sheets_and_headers_in_chinese_with_printed_names_read_as_the_contract_codes()
    {
        var workbook = TestWorkbook.Create(
            ("概况", [["字段", "数值"], ["报告期", "2020"], ["因子集", "cn-2020"]]),
            ("燃料", [["燃料", "数量", "单位"], ["柴油", 892.32m, "吨"], ["天然气", "273,431.40", "立方米"]]),
            ("电力", [["数量 (MWh)", "电网区域"], [715_200.83m, "华北"]]),
            ("水", [["取水或排水", "数量", "单位"], ["取水", "205.27", "萬噸"]]));

        var inventory = Inventory(ActivityWorkbookReader.ReadXlsx(workbook, "团队.xlsx"));

        Assert.Equal(["diesel 892.32 吨", "natural-gas 273431.40 立方米"], inventory.Fuels.Select(f => $"{f.Fuel} {f.Amount.Measurement}"));
        var electricity = Assert.Single(inventory.Electricity);
        Assert.Equal(("715200.83 MWh", "CN-North"), (electricity.Amount.Measurement.ToString(), electricity.Region));
        Assert.Equal("205.27 萬噸", inventory.Water.Withdrawal!.Measurement.ToString());
        Assert.Equal(("2020", "cn-2020"), (inventory.Period, inventory.FactorSet));
    }

    [Fact]
    public void A_csv_of_activity_lines_names_each_rows_kind()
    {
        const string csv = "\uFEFFkind,fuel,amount,unit,region\nperiod,,2020,,\nfuel,diesel,892.32,t,\nelectricity,,\"715,200.83\",MWh,CN-North\nwaste,,1.07,t,\n";

        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadCsv(csv, "lines.csv"));

        // The waste line has no category column to fill: the message names the row.
        Assert.StartsWith("lines.csv line 5", error.Message, StringComparison.Ordinal);
        var inventory = Inventory(ActivityWorkbookReader.ReadCsv(csv.Replace("waste,,1.07,t,\n", "", StringComparison.Ordinal), "lines.csv"));
        Assert.Equal("2020", inventory.Period);
        Assert.Equal("892.32 t", Assert.Single(inventory.Fuels).Amount.Measurement.ToString());
        Assert.Equal("CN-North", Assert.Single(inventory.Electricity).Region);
    }

    [Fact]
    public void Text_in_an_amount_column_names_sheet_row_and_column()
    {
        var workbook = TestWorkbook.Create(("Fuels", [["Fuel / 燃料", "Amount / 数量", "Unit / 单位"], ["diesel", "about 900", "t"]]));

        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadXlsx(workbook, "inventory.xlsx"));

        Assert.StartsWith("inventory.xlsx sheet 'Fuels' row 2 column B (amount): 'about 900 t': 'about 900' is not a number; expected a number in the invariant format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fuel_the_library_does_not_know_names_its_cell_and_the_nearest_names()
    {
        var workbook = TestWorkbook.Create(("Fuels", [["Fuel", "Amount", "Unit"], ["diesel", 1m, "t"], ["disel", 2m, "t"]]));

        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadXlsx(workbook, "inventory.xlsx"));

        Assert.StartsWith("inventory.xlsx sheet 'Fuels' row 3 column A (fuel): 'disel': expected one of natural-gas", error.Message, StringComparison.Ordinal);
        Assert.Contains("nearest: diesel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_instead_of_a_value_is_refused_naming_the_cell_and_formula()
    {
        var workbook = TestWorkbook.Create(("Heat", [["Amount", "Unit"], ["=SUM(D2:D13)", "GJ"]]));

        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadXlsx(workbook, "inventory.xlsx"));

        Assert.StartsWith("inventory.xlsx sheet 'Heat' row 2 column A: '=SUM(D2:D13)': expected a value, not a formula", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_cells_are_refused_naming_the_range()
    {
        var workbook = TestWorkbook.Create(
            sheet => sheet.Append(new MergeCells(new MergeCell { Reference = "A2:A3" })),
            ("Electricity", [["Amount", "Unit", "Region"], [1m, "MWh", "CN-North"], [null, "MWh", "CN-East"]]));

        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadXlsx(workbook, "inventory.xlsx"));

        Assert.StartsWith("inventory.xlsx sheet 'Electricity' cells A2:A3", error.Message, StringComparison.Ordinal);
        Assert.Contains("one value per cell", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_of_figures_for_a_check_is_refused_naming_its_sheet()
    {
        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadXlsx(SpreadsheetCheckReaderTests.KuaishouWorkbook(), "report.xlsx"));

        Assert.StartsWith("report.xlsx sheet '数据': expected a sheet of the activity workbook: Inventory, Fuels, Electricity", error.Message, StringComparison.Ordinal);
        Assert.Contains("a sheet of figures for a check", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_refused_naming_the_header_cell_and_the_sheets_columns()
    {
        var workbook = TestWorkbook.Create(("Waste", [["Category", "Tonnes"], ["hazardous", 1.07m]]));

        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadXlsx(workbook, "inventory.xlsx"));

        Assert.StartsWith("inventory.xlsx sheet 'Waste' row 1 column B: 'Tonnes': expected a column of sheet Waste: Category / 类别, Amount / 数量", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_rows_by_the_hundred_thousand_are_passed_over()
    {
        var rows = new object?[100_002][];
        rows[0] = ["Amount", "Unit"];
        for (var i = 1; i < rows.Length - 1; i++)
        {
            rows[i] = [];
        }

        rows[^1] = ["20,256.68", "GJ"];

        var inventory = Inventory(ActivityWorkbookReader.ReadXlsx(TestWorkbook.Create(("Heat", rows)), "sparse.xlsx"));

        Assert.Equal("20256.68 GJ", Assert.Single(inventory.Heat).Amount.Measurement.ToString());
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        using var bomb = ZipBomb.Create();
        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadXlsx(bomb, "bomb.xlsx"));

        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_amount_names_its_cell()
    {
        var workbook = TestWorkbook.Create(("Fuels", [["Fuel", "Amount", "Unit", "Site"], ["diesel", null, "t", "Ulanqab"]]));

        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadXlsx(workbook, "inventory.xlsx"));

        Assert.StartsWith("inventory.xlsx sheet 'Fuels' row 2 column B (amount): missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_limit_stops_a_workbook_of_too_many_lines()
    {
        var rows = new object?[][] { ["Amount", "Unit"], [1m, "GJ"], [2m, "GJ"], [3m, "GJ"] };

        var error = Assert.Throws<InputException>(() => ActivityWorkbookReader.ReadXlsx(TestWorkbook.Create(("Heat", rows)), "big.xlsx", maxRows: 2));

        Assert.Contains("at most 2 rows", error.Message, StringComparison.Ordinal);
    }
}
