using Microsoft.Playwright;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// One headless chromium (Debian's, as in the browser tests) for every circuit. Pages share contexts, a few pages per
/// context, and renderer processes are capped: a process per page would not fit 200 pages in this machine's memory.
/// Each page is one Blazor circuit on the server whatever its context.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string Password = "Demo@2026";
    private const float Patience = 180_000;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly int _pagesPerContext;
    private readonly List<IBrowserContext> _contexts = [];
    private readonly Dictionary<(string, string?), (IBrowserContext Context, int Pages)> _filling = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    private Chromium(IPlaywright playwright, IBrowser browser, int pagesPerContext) => (_playwright, _browser, _pagesPerContext) = (playwright, browser, pagesPerContext);

    public static async Task<Chromium> LaunchAsync(int rendererProcesses, int pagesPerContext)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", $"--renderer-process-limit={rendererProcesses}"],
        });
        return new Chromium(playwright, browser, pagesPerContext);
    }

    /// <summary>Signs in through the portal's form once and returns the session (cookies) for the contexts of that account.</summary>
    public async Task<string> SignInAsync(string baseUrl, string userName)
    {
        await using var context = await _browser.NewContextAsync();
        context.SetDefaultTimeout(Patience); // a sign-in is a password hash: slow on a busy machine
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = Patience });
        return await context.StorageStateAsync();
    }

    /// <summary>A new page at <paramref name="url"/>, once its circuit is interactive; in a context of the session's.</summary>
    public async Task<IPage> OpenAsync(string url, string? session)
    {
        var key = (new Uri(url).Authority, session);
        IBrowserContext context;
        await _lock.WaitAsync();
        try
        {
            if (!_filling.TryGetValue(key, out var filling) || filling.Pages >= _pagesPerContext)
            {
                filling = (await _browser.NewContextAsync(new BrowserNewContextOptions
                {
                    StorageState = session, ViewportSize = new() { Width = 1280, Height = 900 },
                }), 0);
                filling.Context.SetDefaultTimeout(Patience);
                _contexts.Add(filling.Context);
            }
            _filling[key] = (filling.Context, filling.Pages + 1);
            context = filling.Context;
        }
        finally { _lock.Release(); }
        var page = await context.NewPageAsync();
        await page.GotoAsync(url, new() { Timeout = Patience });
        await InteractiveAsync(page);
        return page;
    }

    /// <summary>Prerendered buttons do nothing until the circuit is up: the page's marker says when it is.</summary>
    public static Task InteractiveAsync(IPage page) =>
        page.Locator("#interactive[data-interactive='yes']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Patience });

    /// <summary>Closes every page and context: their circuits end (or wait out the server's retention period).</summary>
    public async Task CloseAllAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        _contexts.Clear();
        _filling.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAllAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
