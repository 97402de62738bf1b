using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Infrastructure.PortalPage;

namespace Portal.Tests.Browser;

/// <summary>
/// Every refused page is logged once (prerender and interactive render are one reading), and the administrators'
/// list reads in Vietnam time and in Vietnamese, whatever the server's time zone and the logged English.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Browser")]
public sealed class RefusalLogBrowserTests(PortalHostFixture host, BrowserFixture browser) : BrowserTest(browser), IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task Each_refused_page_is_logged_once_and_listed_in_Vietnam_time_and_Vietnamese()
    {
        var since = host.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        int dossier, unit;
        await using (var db = host.CreateDb())
        {
            dossier = await db.Dossiers.Where(d => d.Unit!.Code == "22015").Select(d => d.Id).FirstAsync();
            unit = await host.UnitIdAsync("2024", "22015");
        }
        var page = await SignInAsync(Browser, host.BaseUrl, "binhkien.canbo", $"/dossiers/{dossier}");
        await Expect(page.Locator("#access-refused")).ToBeVisibleAsync();
        foreach (var path in new[] { $"/units/{unit}", "/standards/DEMO-06/edit" })
        {
            await page.GotoAsync(host.BaseUrl + path);
            await InteractiveAsync(page);
            await Expect(page.Locator("#access-refused")).ToBeVisibleAsync();
        }
        await page.Context.CloseAsync();

        await using (var db = host.CreateDb())
        {
            var logged = await db.AccessRefusals.Where(r => r.UserName == "binhkien.canbo" && r.AtUtc >= since)
                .Select(r => r.Resource).ToListAsync();
            Assert.Equal([$"dossier:{dossier}", $"standard:DEMO-06", $"unit:{unit}"], logged.Order());
        }

        var admin = await SignInAsync(Browser, host.BaseUrl, "quantri", "/admin/refusals");
        var newest = admin.Locator("#refusal-table tbody tr").First;
        await Expect(newest).ToContainTextAsync("binhkien.canbo");
        DateTime at;
        await using (var db = host.CreateDb())
            at = await db.AccessRefusals.Where(r => r.UserName == "binhkien.canbo").MaxAsync(r => r.AtUtc);
        await Expect(newest.Locator(".refusal-at")).ToHaveTextAsync(at.AddHours(7).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture));
        await Expect(newest.Locator(".refusal-action")).ToHaveTextAsync("Thay đổi");
        await Expect(newest.Locator(".refusal-resource")).ToHaveTextAsync("Bộ tiêu chí DEMO-06");
        await Expect(newest.Locator(".refusal-reason")).ToHaveTextAsync("không phải quản trị hệ thống");
        var dossierRow = admin.Locator("#refusal-table tbody tr", new() { HasText = $"Hồ sơ số {dossier}" }).First;
        await Expect(dossierRow.Locator(".refusal-reason")).ToHaveTextAsync("ngoài đơn vị của người dùng");
        await Expect(dossierRow.Locator(".refusal-action")).ToHaveTextAsync("Xem");
    }
}
