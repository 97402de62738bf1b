using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Units;
using Portal.Tests.Components;
using Portal.Web.Dashboard;
using Portal.Workflows.Dashboard;

namespace Portal.Tests.Dashboard;

[Trait("Category", "Component")]
public sealed class DashboardComponentTests : PortalComponentTest
{
    private static UnitStateRow Row(int id, string code, string name, UnitLevel level, params (DossierState State, int Count)[] counts) =>
        new(id, code, name, level, counts.ToDictionary(c => c.State, c => c.Count), 4, 3);

    private static readonly UnitStateRow[] Districts =
    [
        Row(7, "555", "Thành phố Tuy Hoà", UnitLevel.District, (DossierState.Registered, 2), (DossierState.Recognized, 1)),
        Row(8, "557", "Thị xã Sông Cầu", UnitLevel.District, (DossierState.Recognized, 4)),
    ];

    private static string Href(IElement cell) => cell.QuerySelector("a")?.GetAttribute("href") ?? "";

    [Fact]
    public void Unit_table_links_every_count_to_its_dossiers_and_districts_to_their_drill_down()
    {
        var cut = Render<UnitStatesPanel>(p => p.Add(x => x.Rows, Districts).Add(x => x.Year, 2026).Add(x => x.FocusUnitId, 3));

        var headers = cut.FindAll("#dash-unit-table thead th").Select(h => h.TextContent).ToList();
        Assert.Equal(["Đơn vị", "Đã đăng ký", "Đã công nhận", "Tổng", "Tỷ lệ đúng hạn"], headers);
        var tuyHoa = cut.Find("tr[data-unit='555']").QuerySelectorAll("td");
        Assert.Equal("/dashboard?year=2026&unit=7", Href(tuyHoa[0]));
        Assert.Equal(("2", "/dossiers?year=2026&unit=7&state=Registered"), (tuyHoa[1].TextContent, Href(tuyHoa[1])));
        Assert.Equal(("3", "/dossiers?year=2026&unit=7"), (tuyHoa[3].TextContent, Href(tuyHoa[3])));
        Assert.Equal("75 %", tuyHoa[4].TextContent);
        var songCau = cut.Find("tr[data-unit='557']").QuerySelectorAll("td");
        Assert.Equal("0", songCau[1].TextContent);
        Assert.Empty(Href(songCau[1]));
        var total = cut.FindAll("#dash-unit-table tfoot th").ToList();
        Assert.Equal(("5", "/dossiers?year=2026&unit=3&state=Recognized"), (total[2].TextContent, Href(total[2])));
        Assert.Equal("7", total[3].TextContent);
    }

    [Fact]
    public void A_state_filter_keeps_its_column_and_communes_are_not_drilled_into()
    {
        var communes = new[] { Row(11, "22015", "Phường 1", UnitLevel.Commune, (DossierState.Registered, 1), (DossierState.Posted, 1)) };
        var cut = Render<UnitStatesPanel>(p => p.Add(x => x.Rows, communes).Add(x => x.Year, 2026).Add(x => x.State, DossierState.Posted));

        Assert.Equal(["Đơn vị", "Đang niêm yết", "Tổng", "Tỷ lệ đúng hạn"], cut.FindAll("#dash-unit-table thead th").Select(h => h.TextContent));
        var cells = cut.Find("tr[data-unit='22015']").QuerySelectorAll("td");
        Assert.Null(cells[0].QuerySelector("a"));
        Assert.Equal(("1", "/dossiers?year=2026&unit=11&state=Posted"), (cells[2].TextContent, Href(cells[2])));
    }

    [Fact]
    public void Charts_keep_their_table_behind_a_toggle()
    {
        var years = new[] { new YearRow(2025, 4, 4, 3, 2), new YearRow(2026, 3, 3, 1, 1) };
        var cut = Render<YearsPanel>(p => p.Add(x => x.Rows, years).Add(x => x.FocusUnitId, 3));
        Assert.Empty(cut.FindAll("#dash-years-table"));
        Assert.NotEmpty(cut.FindAll(".dash-chart"));

        cut.Find(".chart-toggle").Click();
        var row = cut.Find("#dash-years-table tr[data-year='2025']").QuerySelectorAll("td");
        Assert.Equal(["2025", "4", "3", "2", "1", "66,7 %"], row.Select(c => c.TextContent));
        Assert.Equal("/dossiers?year=2025&unit=3&state=Recognized", Href(row[3]));
        Assert.Equal("/dossiers?year=2025&unit=3&state=Recognized%2CNotRecognized", Href(row[2]));
    }

    [Fact]
    public async Task The_page_shows_the_province_officer_the_latest_round_by_district()
    {
        await UseDatabaseAsync();
        await DashboardData.SeedAsync(Database!);
        await SignInAsync("so.canbo", PortalRoles.ProvinceOfficer, "54");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#dash-unit-table")), TimeSpan.FromSeconds(10));
        Assert.Contains("Đợt năm 2026", cut.Find("#dash-year").ParentElement!.TextContent);
        Assert.Equal("3", cut.Find("#fig-dossiers a").TextContent);
        Assert.Equal("1", cut.Find("#fig-recognised a").TextContent);
        Assert.Equal(["555", "557"], cut.FindAll("#dash-unit-table tbody tr").Select(r => r.GetAttribute("data-unit")));
        Assert.Equal("1", cut.Find("#dash-streak-3").TextContent.Trim());
    }

    [Fact]
    public async Task The_page_refuses_a_unit_outside_the_scope()
    {
        await UseDatabaseAsync();
        await DashboardData.SeedAsync(Database!);
        await SignInAsync("tuyhoa.canbo", PortalRoles.DistrictOfficer, "555");
        var other = await Database!.UnitAsync("557");
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/dashboard?unit={other.Id}");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<DashboardPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#access-refused")));
        Assert.DoesNotContain("Sông Cầu", cut.Markup);
    }

    [Fact]
    public void Activities_are_counted_per_unit_and_open_that_units_log()
    {
        var rows = new[]
        {
            new Portal.Workflows.Activities.ActivityCounts(7, "555", "Thành phố Tuy Hoà", 10, 6, 8, 3, 1200,
                new Dictionary<Portal.Data.Activities.CommunicationKind, int>(), 2, new Dictionary<Portal.Data.Activities.SafeModelKind, int>(), 1, 2, 1),
        };
        var cut = Render<ActivitiesPanel>(p => p.Add(x => x.Rows, rows).Add(x => x.Year, 2026));

        var cells = cut.Find("#dash-activities-table tr[data-unit='555']").QuerySelectorAll("td");
        Assert.Equal("/activities?unit=7&year=2026", Href(cells[0]));
        Assert.Equal(["10", "8", "6", "3", "1.200", "2", "1", "1 / 2"], cells.Skip(1).Select(c => c.TextContent));
    }

    [Fact]
    public async Task The_dossier_list_shows_what_a_number_counts_and_refuses_another_commune_once()
    {
        await UseDatabaseAsync();
        await DashboardData.SeedAsync(Database!);
        await SignInAsync("so.canbo", PortalRoles.ProvinceOfficer, "54");
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/dossiers?year=2025&state=Recognized");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<DossierListPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("#list-table a.list-link").Count));
        Assert.Equal(["Phường 1", "Phường Xuân Phú"], cut.FindAll("#list-table a.list-link").Select(a => a.TextContent));
        Assert.Contains("Đã công nhận", cut.Find("#list-filters").TextContent);
    }

    [Fact]
    public async Task The_dossier_list_refuses_a_unit_outside_the_scope_and_logs_it()
    {
        await UseDatabaseAsync();
        await DashboardData.SeedAsync(Database!);
        await SignInAsync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        var other = await Database!.UnitAsync("22045");
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/dossiers?unit={other.Id}");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<DossierListPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#access-refused")));
        cut.Render();
        await using var db = Database.Context();
        Assert.Equal(1, db.AccessRefusals.Count());
    }
}
