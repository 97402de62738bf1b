using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Units;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Reports;

/// <summary>The Excel download over real HTTP, on the demo data: the province officer's per-district summary of 2026.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ReportDownloadTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    /// <summary>The demo's 2026 round of Phú Yên.</summary>
    private async Task<int> DemoRoundAsync()
    {
        await using var db = host.CreateDb();
        return await db.Rounds.Where(r => r.Year == 2026 && r.ScopeUnit!.StructureCode == "2024" && r.ScopeUnit.Code == "54")
            .Select(r => r.Id).SingleAsync();
    }

    [Fact]
    public async Task The_province_officer_downloads_the_district_summary_of_the_2026_round_with_the_9_districts_and_their_numbers()
    {
        var round = await DemoRoundAsync();
        var (client, _) = await host.SignInAsync("so.canbo");
        var response = await client.GetAsync($"/reports/districts.xlsx?round={round}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("tong-hop-theo-huyen-2026-54.xlsx", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));

        await using var db = host.CreateDb();
        var districts = await db.Units.Where(u => u.StructureCode == "2024" && u.Level == UnitLevel.District && u.Parent!.Code == "54")
            .OrderBy(u => u.Code).Select(u => new { u.Code, u.Name, u.Path }).ToListAsync();
        Assert.Equal(9, districts.Count);
        var registrations = await db.Registrations.Where(r => r.RoundId == round).Select(r => r.Unit!.Path).ToListAsync();

        using var xlsx = new XlsxRead(await response.Content.ReadAsByteArrayAsync());
        var sheet = xlsx.Sheet(Assert.Single(xlsx.SheetNames));
        Assert.Equal("Đơn vị: Tỉnh Phú Yên", xlsx.Text(sheet, "A3"));
        Assert.Equal("Mã đơn vị", xlsx.Text(sheet, "A7"));
        for (var i = 0; i < districts.Count; i++)
        {
            var row = 8 + i;
            Assert.Equal((districts[i].Code, districts[i].Name), (xlsx.Text(sheet, $"A{row}"), xlsx.Text(sheet, $"B{row}")));
            Assert.Equal(registrations.Count(p => p.StartsWith(districts[i].Path, StringComparison.Ordinal)), XlsxRead.Number(sheet, $"C{row}"));
        }
        Assert.Equal("Tổng cộng", xlsx.Text(sheet, "B17"));
        Assert.Equal(registrations.Count, XlsxRead.Number(sheet, "C17"));
        Assert.True(registrations.Count > 0);
    }

    [Fact]
    public async Task A_commune_officer_asking_for_another_unit_gets_403_and_the_refusal_is_logged()
    {
        var round = await DemoRoundAsync();
        var district = await host.UnitIdAsync("2024", "555");
        var (client, _) = await host.SignInAsync("phuong1.canbo");
        var last = await host.LastRefusalAsync();
        var response = await client.GetAsync($"/reports/districts.xlsx?round={round}&unit={district}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(("phuong1.canbo", $"report/unit/{district}"), await host.RefusalsAfterAsync(last));

        var own = await client.GetAsync($"/reports/communes.xlsx?round={round}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("danh-sach-xa-2026-22015.xlsx", own.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
    }
}
