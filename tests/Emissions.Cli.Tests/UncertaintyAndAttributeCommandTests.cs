using Emissions.Cli;
using Emissions.Factors.Loading;

using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>`emissions calculate --uncertainty` and `emissions attribute`.</summary>
public class UncertaintyAndAttributeCommandTests
{
    [Fact]
    public void Calculate_with_uncertainty_shows_each_figures_interval_and_the_sources()
    {
        var file = TempJson("""{"factorSet": "cn-2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}]}""");

        var (exit, output, _) = Run("calculate", file, "--uncertainty", "electricity=2%", "--uncertainty", "draws=500");

        Assert.Equal(0, exit);
        Assert.Contains("95 % Monte Carlo | first order", output, StringComparison.Ordinal);
        Assert.Matches(@"ghg\.scope2\s+677\.6\s+tCO2e\s+\[6\d\d\.\d+, 6\d\d\.\d+\] \| ±2 %", output);
        Assert.Contains("uncertainty: 500 Monte Carlo draws, seed 1; sources: electricity ±2 % normal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_results_workbook_carries_both_intervals_and_the_sources()
    {
        var file = TempJson("""{"factorSet": "cn-2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}]}""");
        var results = Path.Combine(Path.GetTempPath(), $"emissions-{Guid.NewGuid():N}.xlsx");

        var (exit, _, error) = Run("calculate", file, "--uncertainty", "electricity=2%", "--uncertainty", "draws=200", "--out", results);

        Assert.True(exit == 0, error);
        using var stream = File.OpenRead(results);
        var sheets = Emissions.Spreadsheets.XlsxWorkbookReader.Read(stream, "results.xlsx");
        Assert.Equal(["Metrics", "Uncertainty", "Factors", "Warnings", "About"], sheets.Select(s => s.Name));
        var heading = sheets[0].Rows[0];
        Assert.Equal("± % (first order)", heading.At(12)?.Text);
        var scope2 = sheets[0].Rows.First(r => r.At(0)?.Text == "ghg.scope2");
        Assert.Equal("664.048", scope2.At(10)?.Text); // 677.6 − 13.552, the first-order low end
        Assert.Equal("electricity", sheets[1].Rows[1].At(0)?.Text);
    }

    [Fact]
    public void The_results_workbook_gives_a_published_range_its_own_lower_upper_unit_and_confidence_columns()
    {
        var file = TempJson("""{"factorSet": "ipcc-2006-ar5", "region": "CN", "fuels": [{"fuel": "diesel", "amount": "100 t"}]}""");
        var results = Path.Combine(Path.GetTempPath(), $"emissions-{Guid.NewGuid():N}.xlsx");

        var (exit, _, error) = Run("calculate", file, "--uncertainty", "factors=ipcc", "--uncertainty", "draws=200", "--out", results);

        Assert.True(exit == 0, error);
        using var stream = File.OpenRead(results);
        var sheet = Emissions.Spreadsheets.XlsxWorkbookReader.Read(stream, "results.xlsx").Single(s => s.Name == "Uncertainty");
        Assert.Equal(["Source", "Kind", "± %", "Distribution", "Lower", "Upper", "Unit", "Confidence (%)", "Basis"],
            Enumerable.Range(0, 9).Select(i => sheet.Rows[0].At(i)?.Text));

        // IPCC 2006 GL Vol. 2 Ch. 1 Table 1.2, Gas/Diesel Oil: NCV 43.0 TJ/Gg, 95 % range 41.4–43.3 (factors/ipcc).
        var ncv = sheet.Rows.Single(r => r.At(0)?.Text == "ipcc/stationary-combustion/2006:gas-diesel-oil.ncv");
        Assert.Equal(["41.4", "43.3", "TJ/Gg", "95"], Enumerable.Range(4, 4).Select(i => ncv.At(i)?.Text));
        Assert.StartsWith("published range 41.4–43.3 TJ/Gg", ncv.At(8)?.Text, StringComparison.Ordinal);

        // A factor without a published range takes the documented ±5 %: no limits to show.
        var ch4 = sheet.Rows.Single(r => r.At(0)?.Text == "ipcc/stationary-combustion/2006:gas-diesel-oil.ch4.manufacturing");
        Assert.All(Enumerable.Range(4, 4), i => Assert.Null(ch4.At(i)?.Text));
        Assert.Equal("5", ch4.At(2)?.Text);
    }

    [Fact]
    public void Factors_ipcc_names_each_published_range_with_its_table_in_the_table_answer()
    {
        var file = TempJson("""{"factorSet": "ipcc-2006-ar5", "region": "CN", "fuels": [{"fuel": "diesel", "amount": "100 t"}]}""");

        var (exit, output, _) = Run("calculate", file, "--uncertainty", "factors=ipcc", "--uncertainty", "draws=200");

        Assert.Equal(0, exit);
        Assert.Contains("ipcc/stationary-combustion/2006:gas-diesel-oil.ncv 41.4–43.3 TJ/Gg (−3.7209 % / +0.6977 %, published: IPCC 2006 GL Vol. 2 Ch. 1 Table 1.2, Gas/Diesel Oil",
            output, StringComparison.Ordinal);
        Assert.Contains("ipcc/stationary-combustion/2006:gas-diesel-oil.ch4.manufacturing ±5 % normal (default)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_table_names_the_factor_that_explains_an_implied_one()
    {
        // ByteDance 2020 (seed 000_8c4938fde206a55d.txt line 860): 971 亩·天 of forest for 65.08 t implies 67.02 kg/(亩·天).
        var (_, output, _) = Run("check", Fixture("bytedance-2020/report.json"));

        Assert.Contains("ATTRIBUTED", output, StringComparison.Ordinal);
        Assert.Matches(@"unverifiable\s+forest_mu_days\s+.*popular/forest-absorption/2007:forest-per-mu-day", output);
    }

    [Fact]
    public void The_working_paper_carries_the_attribution_beside_each_verdict()
    {
        var paper = Path.Combine(Path.GetTempPath(), $"emissions-{Guid.NewGuid():N}.xlsx");

        Run("check", Fixture("bytedance-2020/report.json"), "--out", paper);

        using var stream = File.OpenRead(paper);
        var verdicts = Emissions.Spreadsheets.XlsxWorkbookReader.Read(stream, "paper.xlsx").First(s => s.Name == "Verdicts");
        Assert.Equal("Attributed factors", verdicts.Rows[0].At(17)?.Text);
        var forest = verdicts.Rows.First(r => r.At(0)?.Text == "forest_mu_days");
        Assert.StartsWith("@absorption-rate[forest] implied 67.023687 kgCO2/(mu·day) [66.984045, 67.063369]: Explained by popular/forest-absorption/2007:forest-per-mu-day",
            forest.At(17)?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_uncertainty_entry_is_exit_2_naming_it()
    {
        var file = TempJson("""{"factorSet": "cn-2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}]}""");

        var (exit, _, error) = Run("calculate", file, "--uncertainty", "gas=2%");

        Assert.Equal(2, exit);
        Assert.Contains("--uncertainty gas: 'gas': expected one of electricity", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_names_the_combinations_that_reproduce_a_printed_total()
    {
        var file = TempJson("""{"period": "2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}], "totals": {"ghg.scope2": "677.6 tCO2e"}}""");

        var (exit, output, _) = Run("attribute", file);

        Assert.Equal(0, exit);
        Assert.Contains("  reproduces  cn-2022: 677.6 tCO2e (gap 0 %)", output, StringComparison.Ordinal);
        Assert.Contains("combinations tried: every factor set that can calculate the inventory", output, StringComparison.Ordinal);
    }
}
