using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>A province officer creates a round, a commune registers for it, the officer opens it: one dossier appears.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class RoundBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{

    [Fact]
    public async Task A_round_is_created_registered_for_and_opened()
    {
        var officer = await SignInAsync(Browser, host.BaseUrl, "so.canbo");
        await officer.GotoAsync(host.BaseUrl + "/rounds/new");
        await InteractiveAsync(officer);
        var name = "Đợt trình duyệt " + Guid.NewGuid().ToString("N")[..6];
        await Field(officer, "round-year").FillAsync("2028");
        await Field(officer, "round-year").PressAsync("Tab");
        // The year moves the suggested name and dates with it; then the officer types their own name.
        await Expect(Field(officer, "round-name")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("2028"));
        await Field(officer, "round-name").FillAsync(name);
        await officer.ClickAsync("#round-create");
        await Expect(officer.Locator("#round-title")).ToHaveTextAsync(name);
        await Expect(officer.Locator("#round-deadlines")).ToContainTextAsync("2028");
        await Expect(officer.Locator("#round-deadlines .report-due")).ToHaveCountAsync(3); // commune, district, province reports
        var roundUrl = officer.Url;

        var commune = await SignInAsync(Browser, host.BaseUrl, "binhkien.canbo");
        await commune.GotoAsync(roundUrl);
        await InteractiveAsync(commune);
        await commune.ClickAsync("#register-submit");
        await Expect(commune.Locator("#register-box")).ToHaveCountAsync(0);

        await officer.GotoAsync(roundUrl);
        await InteractiveAsync(officer);
        await Expect(officer.Locator("#round-open")).ToContainTextAsync("1");
        await officer.ClickAsync("#round-open");
        await Expect(officer.Locator("#round-dossiers tbody tr")).ToHaveCountAsync(1);
        await Expect(officer.Locator("#round-dossiers")).ToContainTextAsync("Xã Bình Kiến");
    }
}
