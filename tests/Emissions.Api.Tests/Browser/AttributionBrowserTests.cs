using Emissions.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emissions.Api.Tests.Browser;

/// <summary>
/// Where an auditor looks, in a real browser: the ByteDance 2020 forest equivalence (65.08 t avoided printed as 971 亩·天,
/// seed 000_8c4938fde206a55d.txt line 860) checked on the page shows the implied 67.023687 kgCO2/(mu·day) and the popular
/// 67 kg figure that explains it beside the verdict; the Kuaishou 2020 activity workbook calculated with 95 % intervals
/// asked for shows both intervals beside each metric.
/// </summary>
[Collection(SharesOneBrowser.Name)]
public sealed class AttributionBrowserTests(SharedBrowser shared)
{
    [BrowserFact]
    public async Task The_bytedance_forest_figure_shows_its_implied_factor_and_the_popular_67_kg_figure_beside_the_verdict()
    {
        const string pasted = "编号\t指标\t数值\t单位\nshuttle_co2\tghg.avoided\t65.08\t吨\nforest_mu_days\tequiv.forest-mu-days\t971\tmu·day\n";
        var service = await shared.ServiceAsync();
        await using var browser = await shared.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(service.Address.ToString());
        await page.FillAsync("#paste", pasted);
        await page.ClickAsync("#check");
        await page.WaitForSelectorAsync("#verdicts");

        var row = await page.InnerTextAsync("#verdicts tr[data-figure=\"forest_mu_days\"]");
        Assert.Contains("unverifiable", row, StringComparison.Ordinal);
        var attribution = await page.InnerTextAsync("#verdicts tr[data-figure=\"forest_mu_days\"] td.attribution");
        Assert.Contains("@absorption-rate[forest] implied 67.023687 kgCO2/(mu·day) [66.984045, 67.063369]", attribution, StringComparison.Ordinal);
        Assert.Contains("Explained by popular/forest-absorption/2007:forest-per-mu-day 67 kgCO2/(mu·day) (CN, unverified: a popular figure, not an official factor)",
            attribution, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_calculate_page_shows_both_95_percent_intervals_beside_each_metric_when_asked()
    {
        using var upload = new KuaishouInventoryFile();
        // The shared service runs with a compute budget raised for these 10,000 Monte Carlo draws (SharedBrowser).
        var service = await shared.ServiceAsync();
        await using var browser = await shared.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(new Uri(service.Address, "/calculate").ToString());
        await page.SetInputFilesAsync("#inventory", upload.Path);
        await page.CheckAsync("#uncertainty");
        await page.ClickAsync("#calculate");

        // The results or an error message: either ends the wait, and an error fails with what the page said.
        await page.WaitForSelectorAsync("#results, #error");
        if (await page.Locator("#error").CountAsync() > 0)
        {
            Assert.Fail(await page.InnerTextAsync("#error"));
        }

        var scope2 = await page.InnerTextAsync("tr[data-metric=\"ghg.scope2\"]");
        Assert.Matches(@"\[\d+(\.\d+)?, \d+(\.\d+)?\] \| \[\d+(\.\d+)?, \d+(\.\d+)?\] \(±\d+(\.\d+)? %\)", scope2); // Monte Carlo | first order (±%)
        Assert.True(await page.IsCheckedAsync("#uncertainty"));
        Assert.Contains("documented default ±5 %", await page.InnerTextAsync("#uncertainty-sources"), StringComparison.Ordinal);
    }
}
