using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Debian's chromium driven by Playwright (Playwright cannot download its own browsers here).
/// Started on first use, so that test runs without browser tests do not pay for it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>How long any browser action or expectation may wait, set here once for every browser test: a limit for a failure on a busy machine, never a pace (20 s was exceeded by a circuit start at load average 117).</summary>
    public const int Timeout = 45_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly List<IBrowserContext> _open = [];

    static BrowserFixture() => Assertions.SetDefaultExpectTimeout(Timeout);

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
        context.SetDefaultTimeout(Timeout);
        _open.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Closes every page opened so far, so that no circuit outlives the test's portal. Closing has no timeout of its own
    /// in Playwright: a context that does not close within the limit takes the whole browser with it (the next test
    /// starts a new one) instead of holding the run forever.
    /// </summary>
    public async Task CloseAllAsync()
    {
        try
        {
            foreach (var context in _open) await context.CloseAsync().WaitAsync(TimeSpan.FromMilliseconds(Timeout));
        }
        catch (TimeoutException)
        {
            Console.Error.WriteLine($"BrowserFixture: a browser context did not close within {Timeout} ms; the browser is restarted.");
            await DropBrowserAsync();
        }
        _open.Clear();
    }

    private async Task DropBrowserAsync()
    {
        var browser = _browser;
        _browser = null;
        if (browser is not null) await Task.WhenAny(browser.CloseAsync(), Task.Delay(Timeout));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
