using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>A commune officer in a real browser (Debian's chromium): signs in, sees their commune, is refused another.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CommuneOfficerJourneyTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{

    [Fact]
    public async Task Commune_officer_sees_their_commune_and_is_refused_another()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "phuong1.canbo");
        await Expect(page.Locator("#home-scope")).ToHaveTextAsync("Phường 1");

        await page.ClickAsync("a[href='/units']");
        await Expect(page.Locator("#unit-count")).ToContainTextAsync("1 đơn vị");
        await Expect(page.Locator("a.unit-row")).ToHaveCountAsync(1);
        await page.Locator("a.unit-row").ClickAsync();
        await Expect(page.Locator("#unit-name")).ToHaveTextAsync("Phường 1");
        await Expect(page.Locator("#unit-chain")).ToContainTextAsync("Thành phố Tuy Hoà");

        var other = await host.UnitIdAsync("2024", "22045");
        await page.GotoAsync($"{host.BaseUrl}/units/{other}");
        await Expect(page.Locator("#access-refused")).ToBeVisibleAsync();
        await Expect(page.Locator("#unit-name")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-refused.png") });
    }

    [Fact]
    public async Task Province_officer_searches_units_without_diacritics()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "so.canbo", "/units");
        await Expect(page.Locator("#unit-count")).ToContainTextAsync("116 đơn vị");
        await page.Locator("#unit-search").FillAsync("tuy hoa");
        await Expect(page.Locator("#unit-count")).ToContainTextAsync("1 đơn vị");
        await Expect(page.Locator("a.unit-row")).ToHaveCountAsync(1);
        await Expect(page.Locator("a.unit-row[data-code='555']")).ToContainTextAsync("Thành phố Tuy Hoà");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-units.png") });
    }

    [Fact]
    public async Task The_language_switch_turns_the_portal_to_English()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "binhkien.lanhdao");
        await Expect(page.Locator("a[href='/units']")).ToContainTextAsync("Đơn vị hành chính");
        await page.ClickAsync("#lang-switch");
        await Expect(page.Locator("a[href='/units']")).ToContainTextAsync("Administrative units");
        await InteractiveAsync(page);
        await page.ClickAsync("#lang-switch"); // and back again
        await Expect(page.Locator("a[href='/units']")).ToContainTextAsync("Đơn vị hành chính");
    }
}
