using Bunit;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Components;
using Portal.Tests.Dossiers;
using Portal.Tests.Reports;
using Portal.Web.Dossiers;
using Portal.Workflows.Dashboard;
using Portal.Workflows.Reports;
using Portal.Workflows.Rounds;
using Portal.Workflows.Texts;

namespace Portal.Tests.Standards;

/// <summary>Under an illustrative set (DEMO-06) nothing passes for the law (issue 11 item 4): round, dossier, report, Excel file, dashboard.</summary>
[Trait("Category", "Integration")]
public sealed class IllustrativeEverywhereTests
{
    private const string Banner = "Minh họa – không có giá trị pháp lý";

    [Fact]
    public async Task Every_report_table_and_excel_sheet_says_so_on_its_first_line_and_in_its_printed_header()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        foreach (var kind in Enum.GetValues<ReportKind>())
        {
            var (header, tables) = (await bed.Export.TablesAsync(bed.ProvinceOfficer, kind, bed.RoundId, null, ReportText.Vietnamese))!.Value;
            Assert.True(header.Illustrative);
            Assert.All(tables, t => Assert.Equal((Banner, Banner), (t.TitleLines[0], t.Watermark)));
        }
        var file = (await bed.Export.ExcelAsync(bed.ProvinceOfficer, ReportKind.Districts, bed.RoundId, null, ReportText.Vietnamese)).Value!;
        using var xlsx = new XlsxRead(file.Content);
        var sheet = xlsx.Sheet(xlsx.SheetNames[0]);
        Assert.Equal("&C&B" + Banner, sheet.Descendants<OddHeader>().Single().Text);
    }

    [Fact]
    public async Task The_round_the_dashboard_and_the_dossier_page_say_so()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        Assert.True((await bed.Db.Services.GetRequiredService<RoundService>().FindAsync(bed.Admin, bed.RoundId)).Value!.Illustrative);
        var dashboard = await bed.Db.Services.GetRequiredService<DashboardOverview>().LoadAsync(bed.Admin, new DashboardFilter(2026, null, null));
        Assert.Equal(["DEMO-06"], dashboard.Value!.IllustrativeSets);

        await using var host = new DossierPageHost(bed, bed.CommuneOfficer, interactive: true);
        var id = (await bed.DossierAsync("22015")).Id;
        var page = host.Render<DossierView>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Contains(Banner, page.Find("#banner-illustrative-use").TextContent));
    }
}
