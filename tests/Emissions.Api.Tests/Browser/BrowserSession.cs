using Emissions.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emissions.Api.Tests.Browser;

/// <summary>
/// One test's browser context on the shared chromium (its own cookies, storage and downloads), one page at a laptop's
/// size, and the screenshots the README shows.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    internal static async Task<BrowserSession> OpenAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });

        // The machine is shared with parallel builds: a page may take longer than Playwright's 30 s default to answer.
        context.SetDefaultTimeout(120_000);
        return new BrowserSession(context, await context.NewPageAsync());
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

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
