using Emissions.Core.Tests.Verification;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Core.Tests.Spreadsheets;

public sealed class WorkingPaperTests
{
    private static readonly CheckRequest Request = Fixtures.Request("kuaishou-2020");
    private static readonly CheckReport Report = CheckRun.Run(Request, null);

    private static MemoryStream Paper()
    {
        var stream = new MemoryStream();
        WorkingPaper.Write(stream, Request, Report, at: new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero));
        stream.Position = 0;
        return stream;
    }

    private static string? Cell(SheetGrid sheet, string firstColumn, int column) =>
        sheet.Rows.Single(r => r.At(0)?.Text == firstColumn).At(column)?.Text;

    [Fact]
    public void The_working_paper_reads_back_and_re_runs_to_the_same_verdicts()
    {
        var reading = SpreadsheetCheckReader.ReadXlsx(Paper(), "paper.xlsx");

        Assert.Equal(SpreadsheetCheckReaderTests.Verdicts(Report), SpreadsheetCheckReaderTests.Verdicts(CheckRun.Run(reading.Request, null)));
        Assert.Equal(Request.Figures.Select(f => (f.Key, f.Printed, f.Qualifier, f.Label)), reading.Request.Figures.Select(f => (f.Key, f.Printed, f.Qualifier, f.Label)));
        Assert.Equal("2020", reading.Request.Period);
    }

    [Fact]
    public void The_summary_concludes_on_every_figure_in_plain_words()
    {
        var summary = XlsxWorkbookReader.Read(Paper(), "paper.xlsx").Single(s => s.Name == "Summary");

        // 721,117.23 printed against 715,200.83 MWh + 20,256.68 GJ = 720,827.69 MWh (report line 1255 vs 1260/1264).
        Assert.Equal("discrepant by 289.54 兆瓦時 (0.040 %), not material at 5 %", Cell(summary, "energy_indirect", 4));
        Assert.Equal("間接能源消耗量 (兆瓦時)", Cell(summary, "energy_indirect", 1));
        Assert.Equal("reproduced", Cell(summary, "ghg_total_per_employee", 4));
        Assert.Equal("consistent within the printed rounding", Cell(summary, "energy_total", 4));
        Assert.Equal("consistent within the printed \"about\"", Cell(summary, "ulanqab_saving_pct", 4));
        Assert.Equal("not tested itself; used to check energy_indirect", Cell(summary, "energy_heat", 4));
        Assert.Equal("not tested: no relation covers this figure", Cell(summary, "rented_pue", 4));
        Assert.Equal("not tested", Cell(summary, "rented_pue", 5));
        Assert.Equal(Request.Figures.Count, summary.Rows.Count(r => Request.Figures.Any(f => f.Key == r.At(0)?.Text)));
        Assert.Equal("11 checks over 25 figures: 7 reproduced, 3 consistent, 1 discrepant (0 material), 0 unverifiable", Cell(summary, "Result / 结论", 1));
    }

    [Fact]
    public void The_verdict_table_keeps_labels_exact_numbers_and_implied_values()
    {
        var verdicts = XlsxWorkbookReader.Read(Paper(), "paper.xlsx").Single(s => s.Name == "Verdicts");

        Assert.Equal(12, verdicts.Rows.Count);
        Assert.Equal("discrepant", Cell(verdicts, "energy_indirect", 2));
        Assert.Equal("721117.23", Cell(verdicts, "energy_indirect", 4));
        Assert.StartsWith("289.544", Cell(verdicts, "energy_indirect", 11), StringComparison.Ordinal);
        Assert.Contains("energy_electricity = ", Cell(verdicts, "energy_indirect", 14), StringComparison.Ordinal);
    }
}
