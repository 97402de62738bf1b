using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>At phone width (390×844) the top bar keeps one line, and language and sign-out are in the menu, whole.</summary>
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

        // The menu closes itself once the server has heard of the narrow screen (MudBlazor's breakpoint): a toggle before
        // that would close the wide screen's open menu, and the narrow screen's would stay closed.
        await Expect(page.Locator("#nav-drawer")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
        await page.Locator("#nav-toggle").ClickAsync();
        var language = page.Locator("#lang-switch-menu");
        await Expect(language).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.True(await language.EvaluateAsync<bool>("b => b.scrollWidth <= b.clientWidth"), "the language switch is cut");
        await Expect(language).ToContainTextAsync("English");
        await Expect(page.Locator("#logout-menu")).ToBeInViewportAsync(new() { Ratio = 1 });

        await page.Locator("#logout-menu").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }
}
