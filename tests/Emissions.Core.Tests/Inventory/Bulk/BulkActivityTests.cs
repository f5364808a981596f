using System.Text;
using System.Text.Json;
using Emissions.Calculation;
using Emissions.Core.Tests.Calculation;
using Emissions.Inventory;
using Emissions.Inventory.Bulk;
using Parquet;
using Parquet.Schema;

namespace Emissions.Core.Tests.Inventory.Bulk;

/// <summary>Bulk activity files (CSV, Parquet): rows summed per group in one pass, the same figures as JSON lines, errors naming file, row and column.</summary>
public class BulkActivityTests
{
    private const string Meters = """
        kind,region,fuel,period,amount,unit,meter
        electricity,CN-North,,2024-01,1200.5,kWh,m1
        electricity,CN-North,,2024-02,1300.25,kWh,m1
        electricity,CN,,2024-01,10,MWh,m2
        heat,,,2024-03,5.5,GJ,h1
        fuel,,diesel,2024-06,2.5,t,d1
        electricity,CN-North,,2024-12,1.25,kWh,m3
        """;

    private static BulkActivitySums ReadCsv(string csv, int? year = null)
    {
        var sums = new BulkActivitySums(year);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        CsvActivityReader.Read(stream, "meters.csv", sums);
        return sums;
    }

    private static InputException FailsCsv(string csv, int? year = null) => Assert.Throws<InputException>(() => ReadCsv(csv, year));

    [Fact]
    public void Rows_sharing_region_and_unit_become_one_sum_with_their_count_first_and_last_row_and_periods()
    {
        var sums = ReadCsv(Meters);

        Assert.Equal(6, sums.Rows);
        var north = sums.Groups[0];
        Assert.Equal((BulkKind.Electricity, "CN-North", 2502.00m, 3L, 1L, 6L), (north.Kind, north.Region, north.Sum, north.Rows, north.FirstRow, north.LastRow));
        Assert.Equal("meters.csv: 3 electricity rows (CN-North, kWh), rows 1–6, periods 2024-01…2024-12", north.Describe("meters.csv"));
        Assert.Equal("meters.csv: 1 diesel rows (t), row 5, period 2024-06", sums.Groups[3].Describe("meters.csv"));
        Assert.Equal(4, sums.Groups.Count);
    }

    [Fact]
    public void A_bulk_file_gives_the_figures_of_the_same_rows_as_json_lines()
    {
        const string json = """
            {"period": "2024", "electricity": [
              {"region": "CN-North", "amount": "1200.5 kWh"}, {"region": "CN-North", "amount": "1300.25 kWh"},
              {"region": "CN", "amount": "10 MWh"}, {"region": "CN-North", "amount": "1.25 kWh"}],
             "heat": [{"amount": "5.5 GJ"}], "fuels": [{"fuel": "diesel", "amount": "2.5 t"}]}
            """;
        var set = TestFactorSet.ChineseDefaultsSet();
        var fromJson = CalculationRequest.Run(JsonDocument.Parse(json).RootElement, set);
        var fromBulk = CalculationRequest.Run(BulkInventory.With(BulkInventory.Empty, ReadCsv(Meters), "meters.csv"), set);

        Assert.Equal(fromJson.Metrics.Select(m => (m.Id, m.ValueText)), fromBulk.Metrics.Select(m => (m.Id, m.ValueText)));
        // 2.502 MWh × 0.6776 (CN-North) + 10 MWh × 0.5366 (CN) + 5.5 GJ × 0.11 = 1.6953552 + 5.366 + 0.605 t
        Assert.Equal(7.6663552m, fromBulk.Get("ghg.scope2").Value);
    }

    [Fact]
    public void An_inventory_without_a_period_takes_the_year_its_rows_share()
    {
        var inventory = BulkInventory.With(BulkInventory.Empty, ReadCsv(Meters), "meters.csv");

        Assert.Equal(("2024", 2024), (inventory.Period, inventory.Year));
    }

    [Fact]
    public void The_trace_names_the_rows_each_input_sums()
    {
        var result = CalculationRequest.Run(BulkInventory.With(BulkInventory.Empty, ReadCsv(Meters), "meters.csv"), TestFactorSet.ChineseDefaultsSet());

        var inputs = result.Get("energy.electricity").Trace.Inputs;
        Assert.Equal(["meters.csv: 3 electricity rows (CN-North, kWh), rows 1–6, periods 2024-01…2024-12", "meters.csv: 1 electricity rows (CN, MWh), row 3, period 2024-01"],
            inputs.Select(i => i.Field));
    }

    [Fact]
    public void Text_in_the_amount_column_names_file_row_line_and_column()
    {
        var ex = FailsCsv("kind,region,amount,unit\nelectricity,CN,1,kWh\nelectricity,CN,twelve,kWh\n");

        Assert.Equal("meters.csv, row 2 (line 3), column amount: 'twelve': expected a number, e.g. 1234.5 (invariant culture: '.' is the decimal point)", ex.Message);
        Assert.Equal(InputError.Quantity, ex.Error);
    }

    [Fact]
    public void An_unknown_unit_names_the_nearest_symbols()
    {
        var ex = FailsCsv("kind,region,amount,unit\nelectricity,CN,1,kWx\n");

        Assert.Equal("meters.csv, row 1 (line 2), column unit: 'kWx': unknown unit 'kWx'; nearest known: kW; expected a known unit such as t, kg, MWh, GJ, m³ or tCO2e/MWh", ex.Message);
        Assert.Equal("a known unit such as t, kg, MWh, GJ, m³ or tCO2e/MWh", ex.Expected);
        Assert.Equal(InputError.Quantity, ex.Error);
    }

    [Fact]
    public void A_unit_of_the_wrong_kind_for_electricity_is_refused()
    {
        var ex = FailsCsv("kind,region,amount,unit\nelectricity,CN,1,t\n");

        Assert.Equal("meters.csv, row 1 (line 2), column unit: 't': expected a unit of an energy, e.g. \"715,200.83 MWh\" (got Mass)", ex.Message);
    }

    [Fact]
    public void A_missing_required_column_is_named_with_the_layout()
    {
        var ex = FailsCsv("kind,region,amount\nelectricity,CN,1\n");

        Assert.Equal("meters.csv, header: missing: expected a column unit (columns kind, amount, unit and optionally region, fuel, period, site, meter)", ex.Message);
    }

    [Fact]
    public void An_unknown_column_is_refused_so_that_a_misspelt_region_is_not_read_as_none()
    {
        var ex = FailsCsv("kind,regoin,amount,unit\nfuel,CN,1,t\n");

        Assert.Equal(("meters.csv, header", "regoin", InputError.UnknownField), (ex.Path, ex.Value, ex.Error));
    }

    [Fact]
    public void A_row_with_too_few_columns_names_its_row()
    {
        var ex = FailsCsv("kind,region,amount,unit\nelectricity,CN,1,kWh\nelectricity,CN,1\n");

        Assert.StartsWith("meters.csv, row 2 (after line 2): expected a row of the header's columns", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("electricity,,1,kWh,", "column region: missing: expected a region code for an electricity row")]
    [InlineData("electricity,CN-Nowhere,1,kWh,", "column region: 'CN-Nowhere': expected a region code")]
    [InlineData("fuel,,1,t,", "column fuel: missing: expected one of natural-gas, diesel, gasoline, lpg, coal for a fuel row")]
    [InlineData("fuel,,1,kWh (Gross CV),diesel", "column unit: 'kWh (Gross CV)': expected the fuel's energy on the net calorific basis")]
    [InlineData("heat,CN,1,GJ,", "column region: 'CN': expected empty for a heat row")]
    [InlineData("steam,,1,GJ,", "column kind: 'steam': expected one of electricity, heat, fuel")]
    [InlineData("electricity,CN,-1,kWh,", "column amount: '-1': expected a non-negative quantity")]
    public void A_bad_value_names_its_column(string row, string expected)
    {
        var ex = FailsCsv($"kind,region,amount,unit,fuel\n{row}\n");

        Assert.StartsWith($"meters.csv, row 1 (line 2), {expected}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_outside_the_inventorys_year_is_refused()
    {
        var ex = FailsCsv("kind,region,period,amount,unit\nelectricity,CN,2024-12,1,kWh\nelectricity,CN,2025-01,1,kWh\n", year: 2024);

        Assert.Equal("meters.csv, row 2 (line 3), column period: '2025-01': expected a period in 2024, the inventory's reporting year", ex.Message);
    }

    [Fact]
    public void Amounts_keep_their_written_scale_and_may_be_quoted_with_thousands_separators()
    {
        var sums = ReadCsv("kind,region,amount,unit\nelectricity,CN,\"1,234.50\",kWh\nelectricity,CN,0.250,kWh\n");

        Assert.Equal("1234.750", sums.Groups[0].Sum.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_parquet_file_sums_as_the_csv_file_does()
    {
        var fields = new DataField[] { new DataField<string>("kind"), new DataField<string>("region"), new DecimalDataField("amount", 18, 3), new DataField<string>("unit") };
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, null, false))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(fields[0], ["electricity", "electricity", "heat"]);
            await group.WriteAsync(fields[1], ["CN-North", "CN-North", ""]);
            await group.WriteAsync<decimal>(fields[2], new[] { 1200.5m, 1.25m, 5.5m }.AsMemory());
            await group.WriteAsync(fields[3], ["kWh", "kWh", "GJ"]);
        }

        stream.Position = 0;
        var sums = new BulkActivitySums();
        await ParquetActivityReader.ReadAsync(stream, "meters.parquet", sums);

        Assert.Equal([(BulkKind.Electricity, 1201.75m, 2L), (BulkKind.Heat, 5.5m, 1L)], sums.Groups.Select(g => (g.Kind, g.Sum, g.Rows)));
    }

    [Fact]
    public async Task A_parquet_amount_column_of_floating_point_numbers_is_refused_as_not_exact()
    {
        var fields = new DataField[] { new DataField<string>("kind"), new DataField<double>("amount"), new DataField<string>("unit") };
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, null, false))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(fields[0], ["heat"]);
            await group.WriteAsync<double>(fields[1], new[] { 5.5 }.AsMemory());
            await group.WriteAsync(fields[2], ["GJ"]);
        }

        stream.Position = 0;
        var ex = await Assert.ThrowsAsync<InputException>(() => ParquetActivityReader.ReadAsync(stream, "meters.parquet", new BulkActivitySums()));

        Assert.Equal("meters.parquet, column amount: expected a decimal, integer or text column (a floating-point column is not exact: write the amounts as DECIMAL or as text); it is double", ex.Message);
    }
}
