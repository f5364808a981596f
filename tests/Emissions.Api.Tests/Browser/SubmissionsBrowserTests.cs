using System.Net.Http.Headers;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Wired;
using Emissions.Spreadsheets;
using Emissions.Storage;
using Microsoft.Playwright;

namespace Emissions.Api.Tests.Browser;

/// <summary>
/// The Submissions pages in a real browser (Debian's chromium driven by Playwright): a wrong key is told so, the right one
/// signs in from the keyboard, two revisions are compared, a revision's results workbook is downloaded and reopened, the
/// session ends with Sign out; the series chart plots three reporting years. Screenshots: docs/workbench-submissions*.png.
/// </summary>
[Collection(SharesOneBrowser.Name)]
public sealed class SubmissionsBrowserTests(SharedBrowser shared)
{
    /// <summary>
    /// A key for a new organisation, written into the service's own database as `emissions keys create` would. The service is
    /// shared by the browser tests: each test names an organisation of its own, so that no test sees another's submissions.
    /// </summary>
    private static async Task<(string Key, HttpClient Api)> KeyAsync(ServiceProcess service, string organization)
    {
        var store = StoreFactory.Create(new DatabaseOptions { Path = service.DatabasePath });
        var key = ApiKeys.Generate();
        await store.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(key), ApiKeys.PrefixOf(key), organization, ApiKeyRole.Submitter, DateTimeOffset.UtcNow));
        var api = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromMinutes(2) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return (key, api);
    }

    private static async Task SignInAsync(IPage page, Uri address, string key)
    {
        await page.GotoAsync(new Uri(address, "/submissions").ToString());
        await page.FillAsync("#key", key);
        await page.FocusAsync("#key");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#session");
    }

    [BrowserFact]
    public async Task An_auditor_is_told_a_wrong_key_signs_in_compares_two_revisions_downloads_the_results_and_signs_out()
    {
        var service = await shared.ServiceAsync();
        var (key, api) = await KeyAsync(service, "acme");
        using (api)
        {
            var id = (await Wire.ReadAsync(await api.PostAsync("/v1/submissions", Wire.Body(KuaishouRevisions.First)))).GetProperty("id").GetString()!;
            await Wire.ReadAsync(await api.PutAsync($"/v1/submissions/{id}", Wire.Body(KuaishouRevisions.Second)));
            await using var browser = await shared.OpenAsync();
            var page = browser.Page;

            // Not signed in: the page sends the browser to sign in; a wrong key is told so on the page.
            await page.GotoAsync(new Uri(service.Address, "/submissions").ToString());
            Assert.Contains("/submissions/sign-in", page.Url, StringComparison.Ordinal);
            await page.FillAsync("#key", "em_this-key-was-never-made");
            await page.ClickAsync("#sign-in");
            Assert.Contains("Not signed in: the API key is not known", await page.InnerTextAsync("#error"), StringComparison.Ordinal);
            await browser.ScreenshotAsync("workbench-sign-in.png");

            await SignInAsync(page, service.Address, key);
            Assert.Equal("acme", await page.InnerTextAsync("#organization"));
            await browser.ScreenshotAsync("workbench-submissions.png");
            await page.ClickAsync($"tr[data-submission=\"{id}\"] a");
            await page.FocusAsync("#compare");
            await page.Keyboard.PressAsync("Enter");

            // The heat line was added: 20,256.68 GJ ÷ 3.6 = 5,626.8555… MWh more indirect energy, 0.787 % of 715,200.83 MWh.
            Assert.Contains("20,256.68 吉焦", await page.InnerTextAsync("tr[data-input=\"$.heat[0].amount\"]"), StringComparison.Ordinal);
            var indirect = page.Locator("tr[data-metric=\"energy.indirect\"]");
            Assert.Equal("715200.83", await indirect.Locator("td.from").InnerTextAsync());
            Assert.StartsWith("+5626.8555555555", await indirect.Locator("td.change").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("+0.787 %", await indirect.Locator("td.percent").InnerTextAsync());
            Assert.Equal(0, await page.Locator("tr[data-metric=\"energy.electricity\"]").CountAsync());
            await page.EvaluateAsync("() => window.scrollBy(0, document.getElementById('inputs-heading').getBoundingClientRect().top - 20)");
            await browser.ScreenshotAsync("workbench-submissions-diff.png");

            // Revision 2's results, pinned to cn-2020's content hash, and its workbook saved under its own name and reopened.
            await page.GotoAsync(new Uri(service.Address, $"/submissions/{id}/revisions/2").ToString());
            Assert.Equal(await page.InnerTextAsync("#pinned-hash"), await page.InnerTextAsync("#computed-hash"));
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#paper"));
            Assert.Equal($"results-2020-{id[^8..]}-r2.xlsx", download.SuggestedFilename);
            var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
            await download.SaveAsAsync(file);
            await using (var reopened = File.OpenRead(file))
            {
                var cells = XlsxWorkbookReader.Read(reopened, "results.xlsx").SelectMany(s => s.Rows).SelectMany(r => r.Cells).Select(c => c.Text).ToList();
                Assert.Contains("715200.83", cells);
                Assert.Contains(cells, c => c.StartsWith("720827.685555555", StringComparison.Ordinal));
            }

            File.Delete(file);

            await page.ClickAsync("#sign-out");
            Assert.Contains("Signed out", await page.InnerTextAsync("#notice"), StringComparison.Ordinal);
            await page.GotoAsync(new Uri(service.Address, $"/submissions/{id}").ToString());
            Assert.Contains("/submissions/sign-in", page.Url, StringComparison.Ordinal);
        }
    }

    [BrowserFact]
    public async Task The_series_chart_plots_pue_for_three_reporting_years()
    {
        var service = await shared.ServiceAsync();
        var (key, api) = await KeyAsync(service, "globex");
        using (api)
        {
            foreach (var (year, facility) in new[] { (2020, "130,000"), (2021, "126,000"), (2022, "125,000") })
            {
                await Wire.ReadAsync(await api.PostAsync("/v1/submissions", Wire.Body(SeriesPageTests.Inventory(year, facility))));
            }

            await using var browser = await shared.OpenAsync();
            var page = browser.Page;
            await SignInAsync(page, service.Address, key);
            await page.ClickAsync("#series-link");

            var points = page.Locator("figure[data-metric=\"dc.pue\"] circle.point");
            Assert.Equal(3, await points.CountAsync());
            var plotted = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                plotted.Add(await points.Nth(i).GetAttributeAsync("data-year") + ":" + await points.Nth(i).GetAttributeAsync("data-value"));
            }

            Assert.Equal(["2020:1.3", "2021:1.26", "2022:1.25"], plotted);

            // Drawn where the values are: 1.3 highest on the page (smallest y), 1.25 lowest.
            var heights = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                heights.Add((await points.Nth(i).BoundingBoxAsync())!.Y);
            }

            Assert.True(heights[0] < heights[1] && heights[1] < heights[2], string.Join(", ", heights));
            Assert.Contains("电能利用效率", await page.InnerTextAsync("figure[data-metric=\"dc.pue\"] figcaption"), StringComparison.Ordinal);
            await browser.ScreenshotAsync("workbench-series.png");
        }
    }
}
