using Emissions.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emissions.Api.Tests.Browser;

/// <summary>
/// The other workbench pages in a real browser (Debian's chromium driven by Playwright): a table pasted from Excel is
/// previewed column by column and then checked; the Kuaishou 2020 activity data, filled into the template workbook,
/// is calculated on the Calculate page. Screenshots: docs/workbench-preview.png, docs/workbench-calculate.png.
/// </summary>
[Collection(SharesOneBrowser.Name)]
public sealed class WorkbenchPagesBrowserTests(SharedBrowser shared)
{
    [BrowserFact]
    public async Task A_table_pasted_from_excel_is_previewed_column_by_column_then_checked_by_keyboard()
    {
        // Kuaishou 2020 ESG report lines 1229-1272: the energy subtotals as printed, pasted with Excel's tabs.
        const string pasted = "项目\t编号\t指标\t数值（兆瓦時）\n直接能源消耗量\tenergy_direct\tenergy.direct\t13,543.85\n"
            + "間接能源消耗量\tenergy_indirect\tenergy.indirect\t721,117.23\n綜合能源消耗量\tenergy_total\tenergy.total\t734,661.07\n";
        var service = await shared.ServiceAsync();
        await using var browser = await shared.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(service.Address.ToString());
        await page.FillAsync("#paste", pasted);
        await page.ClickAsync("#preview-button");

        Assert.Contains("兆瓦時", await page.InnerTextAsync("tr[data-column=\"D\"]"), StringComparison.Ordinal);
        Assert.Contains("721117.23", await page.InnerTextAsync("#figures tr[data-figure=\"energy_indirect\"]"), StringComparison.Ordinal);
        await page.EvaluateAsync("() => window.scrollBy(0, document.getElementById('paste').getBoundingClientRect().top - 20)");
        await browser.ScreenshotAsync("workbench-preview.png");

        // The pasted table is still in the form: Check runs it, reached from the keyboard alone.
        await page.FocusAsync("#check");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#verdicts");
        Assert.Contains("consistent within the printed rounding", await page.InnerTextAsync("#verdicts tr[data-figure=\"energy_total\"]"), StringComparison.Ordinal);
        await page.ClickAsync("#verdicts tr[data-figure=\"energy_total\"] summary");
        Assert.Contains("recomputed", await page.InnerTextAsync("#verdicts tr[data-figure=\"energy_total\"] details"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_kuaishou_activity_workbook_is_calculated_on_the_calculate_page()
    {
        using var upload = new KuaishouInventoryFile();
        var service = await shared.ServiceAsync();
        await using var browser = await shared.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(new Uri(service.Address, "/calculate").ToString());
        await page.SetInputFilesAsync("#inventory", upload.Path);
        await page.ClickAsync("#calculate");

        Assert.Contains("32.29917670589329736266803107", await page.InnerTextAsync("tr[data-metric=\"ghg.total.per-employee\"]"), StringComparison.Ordinal);
        Assert.Contains("factor set cn-2020", await page.InnerTextAsync("#summary"), StringComparison.Ordinal);
        Assert.Contains("differs from the sum of its components", await page.InnerTextAsync("#warning-groups ul.important"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("workbench-calculate.png");
    }
}
