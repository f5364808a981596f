using Emissions.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emissions.Api.Tests.Browser;

/// <summary>Debian's chromium under Playwright, one page at a laptop's size, and the screenshots the README shows.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> OpenAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });

        // The machine is shared with parallel builds: a page may take longer than Playwright's 30 s default to answer.
        page.SetDefaultTimeout(120_000);
        return new BrowserSession(playwright, browser, page);
    }

    /// <summary>Takes a screenshot of the page; with EMISSIONS_UPDATE_SCREENSHOTS=1 it replaces docs/<paramref name="name"/>.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000);
        if (Environment.GetEnvironmentVariable("EMISSIONS_UPDATE_SCREENSHOTS") == "1")
        {
            File.Copy(file, Repository.PathOf(Path.Combine("docs", name)), overwrite: true);
        }

        File.Delete(file);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
