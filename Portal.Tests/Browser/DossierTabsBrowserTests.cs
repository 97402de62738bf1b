using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>The dossier's seven tabs stay in sight, whole, below the top bar, however far its page is scrolled.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DossierTabsBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task Every_tab_stays_visible_below_the_top_bar_at_the_bottom_of_the_page(int width, int height)
    {
        int dossier;
        await using (var db = host.CreateDb())
            dossier = await db.Dossiers.Where(d => d.Round!.Year == 2026 && d.Unit!.StructureCode == "2024" && d.Unit.Code == "22015")
                .Select(d => d.Id).SingleAsync();
        var page = await SignInAsync(Browser, host.BaseUrl, "phuong1.canbo", "/");
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync($"{host.BaseUrl}/dossiers/{dossier}");
        await InteractiveAsync(page);
        var tabs = page.Locator("#dossier-tabs .mud-tab");
        await Expect(tabs).ToHaveCountAsync(7);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "Tự đánh giá" }).ClickAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 200, "the page is too short to test");

        for (var i = 0; i < 7; i++) await Expect(tabs.Nth(i)).ToBeInViewportAsync(new() { Ratio = 1 });
        var bar = (await page.Locator("header.mud-appbar").BoundingBoxAsync())!;
        var first = (await tabs.First.BoundingBoxAsync())!;
        Assert.True(first.Y >= bar.Y + bar.Height - 1, $"the tabs ({first.Y}) are under the top bar ({bar.Y + bar.Height})");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth}px wide");
    }
}
