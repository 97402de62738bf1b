using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Debian's chromium driven by Playwright (Playwright cannot download its own browsers here).
/// Started on first use, so that test runs without browser tests do not pay for it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public async Task<IPage> NewPageAsync()
    {
        _playwright ??= await Playwright.CreateAsync();
        _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
