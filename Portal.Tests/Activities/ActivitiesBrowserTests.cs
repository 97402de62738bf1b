using System.Globalization;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Activities;

/// <summary>The activities page in a real browser, on the demo data the portal seeds at start in development.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ActivitiesBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task A_commune_officer_adds_a_communication_activity_and_sees_it_listed()
    {
        var page = await SignInAsync(Browser, host.BaseUrl, "phuong1.canbo", "/activities");
        await Expect(page.Locator("#act-unit-name")).ToHaveTextAsync("Phường 1");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Tuyên truyền" }).ClickAsync();
        await Expect(page.Locator("#communication-table")).ToContainTextAsync("Ngày hội thiếu nhi 1/6 năm 2026");

        var title = "Buổi nói chuyện về quyền trẻ em " + Guid.NewGuid().ToString("N")[..6];
        var today = host.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Field(page, "communication-date").FillAsync(today);
        await Field(page, "communication-date").PressAsync("Tab");
        await page.Locator("#communication-kind").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Quốc tế thiếu nhi 1/6" }).ClickAsync();
        await Field(page, "communication-title").FillAsync(title);
        await Field(page, "communication-audience").FillAsync("75");
        // The evidence file is chosen through the portal's own button (in Vietnamese), which then names the file.
        await PickersInPortalLanguageAsync(page);
        await Expect(page.Locator("#communication-file-name")).ToHaveTextAsync("Chưa chọn tệp nào");
        await ChooseFileAsync(page, "communication-file", new FilePayload { Name = "bien-ban.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 x"u8.ToArray() });
        await Expect(page.Locator("#communication-file-name")).ToHaveTextAsync("bien-ban.pdf");
        await page.ClickAsync("#communication-save");

        var row = page.Locator("#communication-table tr", new() { HasText = title });
        await Expect(row).ToContainTextAsync("Quốc tế thiếu nhi 1/6");
        await Expect(row).ToContainTextAsync(today);
        await Expect(page.Locator("#communication-file-name")).ToHaveTextAsync("Chưa chọn tệp nào");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-activities.png"), FullPage = true });
    }
}
