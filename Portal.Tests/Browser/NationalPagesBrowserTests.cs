using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;
using Portal.Workflows.Dossiers;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>
/// The national pages of the administrator become interactive on national-scale data: what a page read while
/// prerendering must not travel back through the browser (SignalR refuses client messages over 32 KB), so filters and
/// pagers work. Runs on its own portal: a fresh install, <c>seed-national</c> for Đà Nẵng (48) and Quảng Nam (49), then
/// the demo of a Development start.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class NationalPagesBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private readonly TestFolder _data = new("national");
    private PortalFactory? _factory;
    private readonly List<string> _problems = [];

    /// <summary>The one year seed-national fills with --rounds 1: last year, on the verb's own (system) clock.</summary>
    private static readonly int SeededYear = PortalClock.Today(TimeProvider.System).Year - 1;

    public override async Task InitializeAsync()
    {
        await PortalTemplate.CopyFreshToAsync(_data);
        foreach (var province in new[] { "48", "49" })
        {
            var status = await PortalCli.TryRunAsync(["seed-national", "--province", province, "--rounds", "1", $"--Portal:DataDir={_data.Path}"],
                TextWriter.Null, TextWriter.Null);
            Assert.Equal(0, status);
        }
        _factory = new PortalFactory(_data.Path, new TestClock(TestClock.WebStart));
        _factory.StartServer();
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await SignInAsync(Browser, _factory!.BaseUrl.TrimEnd('/'), "quantri", path);
        page.Console += (_, m) => { if (m.Type == "error") _problems.Add(m.Text); };
        return page;
    }

    [Fact]
    public async Task The_national_dashboard_answers_its_state_filter()
    {
        var page = await OpenAsync($"/dashboard?year={SeededYear}");
        await Expect(page.Locator("#dash-unit-table tr[data-unit='48']")).ToHaveCountAsync(1);
        var all = await page.Locator("#fig-dossiers").InnerTextAsync();

        await page.Locator("#dash-state").SelectOptionAsync(new SelectOptionValue { Label = "Đã công nhận" });

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("state=Recognized"));
        await Expect(page.Locator("#fig-dossiers")).Not.ToHaveTextAsync(all);
        Assert.DoesNotContain(_problems, p => p.Contains("maximum message size", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_national_dossier_list_turns_its_pages()
    {
        var page = await OpenAsync($"/dossiers?year={SeededYear}");
        var first = await page.Locator("#list-table a.list-link").First.InnerTextAsync();

        await page.Locator("#list-table .mud-table-pagination-actions button").Nth(2).ClickAsync();

        await Expect(page.Locator("#list-table a.list-link").First).Not.ToHaveTextAsync(first);
        Assert.DoesNotContain(_problems, p => p.Contains("maximum message size", StringComparison.OrdinalIgnoreCase));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_factory is not null) await _factory.DisposeAsync();
        _data.Dispose();
    }
}
