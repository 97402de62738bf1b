using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Reports;

/// <summary>The reports page in a real browser, on the demo data: the province officer's view of the 2026 round.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReportsPageBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task The_province_officer_sees_the_nine_districts_downloads_and_marks_the_province_report_as_sent()
    {
        int round;
        await using (var db = host.CreateDb())
            round = await db.Rounds.Where(r => r.Year == 2026 && r.ScopeUnit!.StructureCode == "2024" && r.ScopeUnit.Code == "54").Select(r => r.Id).SingleAsync();
        var page = await SignInAsync(Browser, host.BaseUrl, "so.canbo", $"/reports?round={round}");
        // The round's name says its year once.
        var shown = await page.Locator("#report-round").EvaluateAsync<string>("e => e.options[e.selectedIndex].text");
        Assert.Contains("phù hợp với trẻ em năm 2026", shown);
        Assert.DoesNotContain("(2026)", shown);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Tổng hợp theo đơn vị" }).ClickAsync();
        await Expect(page.Locator("#report-districts-0 tbody tr")).ToHaveCountAsync(9);
        await Expect(page.Locator("#report-districts-0 tfoot")).ToContainTextAsync("Tổng cộng");
        await Expect(page.Locator("#report-excel-districts")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($@"^/reports/districts\.xlsx\?round={round}&unit=\d+$"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-reports.png"), FullPage = true });

        await page.ClickAsync("#report-mark-sent");
        await Expect(page.Locator("#report-sent")).ToContainTextAsync("so.canbo");
        await Expect(page.Locator("#report-mark-sent")).ToHaveCountAsync(0);

        // The printable page shows the same table, on paper.
        var print = await page.Locator("#report-districts-print").GetAttributeAsync("href");
        await page.GotoAsync(host.BaseUrl + print);
        await Expect(page.Locator("table.report tbody tr")).ToHaveCountAsync(10); // 9 districts and the total
        await Expect(page.Locator("tr.total")).ToContainTextAsync("Tổng cộng");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-reports-print.png"), FullPage = true });
    }
}
