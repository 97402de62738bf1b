using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>The province officer drills from the province dashboard down to one commune's dossier, on the demo data.</summary>
[Collection(WebCollection.Name)]
public sealed class DashboardDrillTests(PortalHostFixture host, BrowserFixture browser)
{
    [Fact]
    public async Task From_the_province_through_a_district_to_a_communes_dossier()
    {
        var page = await SignInAsync(browser, host.BaseUrl, "so.canbo", "/dashboard?year=2026");
        var expect = new LocatorAssertionsToHaveCountOptions { Timeout = PortalPage.Timeout };

        // Phú Yên's 2026 round, across its 9 districts.
        await Expect(page.Locator("#dash-unit-table tbody tr")).ToHaveCountAsync(9, expect);
        await Expect(page.Locator("#dash-crumbs")).ToContainTextAsync("Tỉnh Phú Yên");
        await Expect(page.Locator("#dash-year").Locator("xpath=..")).ToContainTextAsync("Đợt năm 2026");

        await page.Locator("#dash-unit-table tr[data-unit='555'] a.drill-link").ClickAsync();
        await Expect(page.Locator("#dash-crumbs")).ToContainTextAsync("Thành phố Tuy Hoà", new() { Timeout = PortalPage.Timeout });
        await Expect(page.Locator("#dash-unit-table tr[data-unit='22015']")).ToHaveCountAsync(1, expect);

        await page.Locator("#dash-unit-table tr[data-unit='22015'] a.total-link").ClickAsync();
        // Other browser tests of the shared host may open another 2026 round: the list holds every 2026 dossier of Phường 1.
        var first = page.Locator("#list-table a.list-link").First;
        await Expect(first).ToHaveTextAsync("Phường 1", new() { Timeout = PortalPage.Timeout });
        await Expect(page.Locator("#list-filters")).ToContainTextAsync("Phường 1");
        await Expect(page.Locator("#list-table tbody")).Not.ToContainTextAsync("Bình Kiến");

        await first.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/dossiers/\\d+$"), new() { Timeout = PortalPage.Timeout });
        await Expect(page.Locator("#dossier-unit")).ToContainTextAsync("Phường 1", new() { Timeout = PortalPage.Timeout });
    }
}
