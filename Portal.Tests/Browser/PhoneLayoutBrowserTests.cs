using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>
/// At phone width (390×844) the top bar keeps one line, the menu opens over the page and closes on a link, and language
/// and sign-out are in the menu, whole. At a wide one the menu stands beside the page, and the button folds it away.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PhoneLayoutBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task The_top_bar_keeps_one_line_and_the_menu_holds_language_and_sign_out()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "binhkien.canbo", "/queue");
        await page.SetViewportSizeAsync(390, 844);

        await Expect(page.Locator("#app-title-short")).ToBeVisibleAsync();
        await Expect(page.Locator("#app-title")).ToBeHiddenAsync();
        var bar = await page.Locator("header.mud-appbar").BoundingBoxAsync();
        Assert.True(bar!.Height <= 64, $"the bar is {bar.Height}px high");

        // Closed on a narrow screen from the first paint (CSS knows the width; no script has to tell the server), and the
        // button opens it over the page; following one of its links closes it again.
        await Expect(page.Locator("#nav-drawer")).ToBeHiddenAsync();
        await page.Locator("#nav-toggle").ClickAsync();
        await Expect(page.Locator("#nav-drawer")).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Locator("#nav-drawer a[href='/units']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/units$"));
        await Expect(page.Locator("#nav-drawer")).ToBeHiddenAsync();
        await page.Locator("#nav-toggle").ClickAsync();
        var language = page.Locator("#lang-switch-menu");
        await Expect(language).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.True(await language.EvaluateAsync<bool>("b => b.scrollWidth <= b.clientWidth"), "the language switch is cut");
        await Expect(language).ToContainTextAsync("English");
        await Expect(page.Locator("#logout-menu")).ToBeInViewportAsync(new() { Ratio = 1 });

        await page.Locator("#logout-menu").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task On_a_wide_screen_the_menu_stands_beside_the_page_and_folds_away()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "binhkien.canbo", "/queue");
        await page.SetViewportSizeAsync(1280, 800);
        var drawer = page.Locator("#nav-drawer");
        await Expect(drawer).ToBeInViewportAsync(new() { Ratio = 1 });
        var menu = await drawer.BoundingBoxAsync();
        var content = await page.Locator(".mud-main-content > .mud-container").BoundingBoxAsync();
        Assert.True(content!.X >= menu!.X + menu.Width, $"the page starts at {content.X}px, under the menu ending at {menu.X + menu.Width}px");

        await page.Locator("#nav-toggle").ClickAsync();
        await Expect(drawer).Not.ToBeInViewportAsync();
        await page.Locator("#nav-toggle").ClickAsync();
        await Expect(drawer).ToBeInViewportAsync(new() { Ratio = 1 });
    }
}
