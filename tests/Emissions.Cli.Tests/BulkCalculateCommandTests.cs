using Emissions.Cli;
using Emissions.Factors.Loading;

using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>`emissions calculate meters.csv|meters.parquet [--inventory org.json]`: bulk activity files through the CLI.</summary>
public class BulkCalculateCommandTests
{
    private static string Temp(string extension, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"emissions-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }

    private static readonly string Org = Temp(".json", """{"organization": "Meters Ltd", "period": "2023", "factorSet": "cn-2023", "headcount": "10"}""");

    [Fact]
    public void A_meter_csv_with_an_inventory_header_is_calculated_with_the_headers_set_and_headcount()
    {
        var csv = Temp(".csv", "kind,region,period,amount,unit,meter\nelectricity,CN-North,2023-01,600,kWh,m1\nelectricity,CN-North,2023-02,400,kWh,m1\n");

        var (exit, output, error) = Run("calculate", csv, "--inventory", Org, "--format", "csv");

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("org.headcount,,10,person,given,", output, StringComparison.Ordinal);
        // 600 + 400 kWh = 1 MWh, × 0.6361 tCO2/MWh (cn-mee/electricity/2023:north)
        Assert.Contains("energy.electricity,,1,MWh,given,", output, StringComparison.Ordinal);
        Assert.Contains("ghg.scope2,,0.6361,tCO2e,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_exits_2_with_one_line_naming_file_row_and_column()
    {
        var csv = Temp(".csv", "kind,region,amount,unit\nelectricity,CN-North,1,kWh\nelectricity,CN-North,1O,kWh\n");

        var (exit, output, error) = Run("calculate", csv, "--inventory", Org);

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"emissions calculate: {csv}, row 2 (line 3), column amount: '1O': expected a number, e.g. 1234.5 (invariant culture: '.' is the decimal point){Environment.NewLine}", error);
    }

    [Fact]
    public void The_inventory_option_is_only_for_a_bulk_file()
    {
        var (exit, _, error) = Run("calculate", Org, "--inventory", Org);

        Assert.Equal(2, exit);
        Assert.Contains("--inventory: ", error, StringComparison.Ordinal);
        Assert.Contains("expected only with a bulk activity file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_parquet_is_refused_naming_it()
    {
        var file = Temp(".parquet", "kind,amount,unit\n");

        var (exit, _, error) = Run("calculate", file);

        Assert.Equal(2, exit);
        Assert.StartsWith($"emissions calculate: {file}: expected a Parquet file", error, StringComparison.Ordinal);
    }
}
