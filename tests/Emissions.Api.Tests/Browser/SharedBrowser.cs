using Emissions.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Emissions.Api.Tests.Browser;

/// <summary>
/// One Playwright driver, one Debian chromium and one service process for the whole browser collection, each started
/// when a test first asks for it (never where chromium is missing and every test is skipped) and stopped after the
/// last test. Tests stay apart through what is not shared: each opens its own browser context (cookies, storage,
/// downloads) and each signs in as an organisation of its own.
/// </summary>
public sealed class SharedBrowser : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> _browser = new(LaunchAsync);

    // 10,000 Monte Carlo draws (the Calculate page's 95 % intervals) take seconds of CPU in a service just started, and
    // the suite's projects share the cores: the default 10 s compute budget (tested in ComputeBudgetTests) is not what
    // these tests are about.
    private readonly Lazy<Task<ServiceProcess>> _service = new(() =>
        ServiceProcess.StartAsync(new Dictionary<string, string> { ["Limits__ComputeBudgetSeconds"] = "600" }));

    /// <summary>The service every browser test talks to (started on first use).</summary>
    public Task<ServiceProcess> ServiceAsync() => _service.Value;

    /// <summary>A new browser context and page of its own on the shared chromium, closed when the session is disposed.</summary>
    public async Task<BrowserSession> OpenAsync()
    {
        var (_, browser) = await _browser.Value;
        return await BrowserSession.OpenAsync(browser);
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = ChromiumArgs });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_service.IsValueCreated && _service.Value.IsCompletedSuccessfully)
        {
            await _service.Value.Result.DisposeAsync();
        }

        if (_browser.IsValueCreated && _browser.Value.IsCompletedSuccessfully)
        {
            var (playwright, browser) = _browser.Value.Result;
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
