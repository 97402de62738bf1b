using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>The rewards page in a real browser, on the demo history the portal seeds at start in development.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class RewardsJourneyTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{

    [Fact]
    public async Task The_district_leader_sees_the_demo_streaks_and_the_proposals_waiting_for_them()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "tuyhoa.lanhdao", "/rewards");

        var phuong1 = page.Locator("#streak-table tr", new() { HasText = "Phường 1" }).First;
        await Expect(phuong1).ToContainTextAsync("5 năm");
        await Expect(phuong1).ToContainTextAsync("2021–2025");
        await Expect(page.Locator("#streak-table tr", new() { HasText = "Xã Bình Kiến" })).ToContainTextAsync("3 năm");
        await Expect(page.Locator("#streak-table")).Not.ToContainTextAsync("Xuân Phú"); // another district

        var binhKien = page.Locator("#proposal-table tr", new() { HasText = "Xã Bình Kiến" });
        await binhKien.Locator(".proposal-decide").ClickAsync();
        await Expect(page.Locator("#reward-form")).ToContainTextAsync("Xã Bình Kiến (2023–2025)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-rewards.png"), FullPage = true });
    }
}
