using Emissions.Api.Tests.Infrastructure;
using Emissions.Spreadsheets;
using Emissions.Verification;
using Microsoft.Playwright;

namespace Emissions.Api.Tests.Browser;

/// <summary>
/// The workbench page in a real browser (Debian's chromium driven by Playwright): an auditor uploads the Kuaishou 2020
/// tables as a workbook, reads the one discrepant check and its conclusion, downloads the working paper and reopens it.
/// </summary>
[Collection(SharesOneBrowser.Name)]
public sealed class WorkbenchBrowserTests(SharedBrowser shared)
{
    [BrowserFact]
    public async Task An_uploaded_kuaishou_workbook_shows_its_one_discrepancy_and_downloads_a_working_paper_that_reruns_alike()
    {
        var expected = CheckRun.Run(KuaishouWorkbook.Request, null);
        var folder = Directory.CreateTempSubdirectory("emissions-browser-files-").FullName;
        var upload = Path.Combine(folder, "kuaishou-2020.xlsx");
        await File.WriteAllBytesAsync(upload, KuaishouWorkbook.Bytes());

        var service = await shared.ServiceAsync();
        await using var browser = await shared.OpenAsync();
        var page = browser.Page;

        await page.GotoAsync(service.Address.ToString());
        Assert.Contains("核对报告", await page.ContentAsync(), StringComparison.Ordinal);
        await page.SetInputFilesAsync("#file", upload);
        await page.ClickAsync("#check");

        var row = page.Locator("tr[data-figure=\"energy_indirect\"]");
        var text = await row.InnerTextAsync();
        Assert.Contains("discrepant by 289.54 兆瓦時 (0.040 %), not material at 5 %", text, StringComparison.Ordinal);
        Assert.Contains("11 checks over 25 figures: 7 reproduced, 3 consistent, 1 discrepant", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        await page.Locator("h2", new PageLocatorOptions { HasText = "Verdicts" }).ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, document.querySelector('h2:last-of-type').getBoundingClientRect().top - 20)");
        await browser.ScreenshotAsync("workbench-check.png");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#paper"));
        Assert.Matches("^working-paper-Kuaishou-Technology-2020-[0-9a-f]{8}\\.xlsx$", download.SuggestedFilename); // a link, saved under the answer's name
        var paper = Path.Combine(folder, "paper.xlsx");
        await download.SaveAsAsync(paper);

        // Reopened: the summary states the conclusion, and the request inside re-runs to the same verdicts.
        await using var reopened = File.OpenRead(paper);
        var sheets = XlsxWorkbookReader.Read(reopened, "paper.xlsx");
        var summary = Assert.Single(sheets, s => s.Name == "Summary");
        Assert.Contains(summary.Rows.SelectMany(r => r.Cells), c => c.Text.Contains("discrepant by 289.54 兆瓦時 (0.040 %)", StringComparison.Ordinal));
        reopened.Position = 0;
        var rerun = CheckRun.Run(SpreadsheetCheckReader.ReadXlsx(reopened, "paper.xlsx").Request, null);
        Assert.Equal(expected.Checks.Select(c => (c.Figure, c.Verdict)), rerun.Checks.Select(c => (c.Figure, c.Verdict)));

        Directory.Delete(folder, recursive: true);
    }
}
