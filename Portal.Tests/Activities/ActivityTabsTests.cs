using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Activities;
using Portal.Tests.Components;
using Portal.Tests.Infrastructure;
using Portal.Web.Activities;
using Portal.Workflows.Access;
using Portal.Workflows.Activities;

namespace Portal.Tests.Activities;

/// <summary>The activity tabs rendered with bUnit on a real database, a clock on 29/11/2026 in Vietnam.</summary>
[Trait("Category", "Component")]
public sealed class ActivityTabsTests : PortalComponentTest
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));

    private ActivityService Activities => Services.GetRequiredService<ActivityService>();

    private async Task<(UserScope Scope, ActivityUnit Unit)> SetUpAsync(string name, string role, string code)
    {
        await UseDatabaseAsync();
        Services.AddSingleton<TimeProvider>(_clock);
        var unit = await Database!.UnitAsync(code);
        var scope = new UserScope("id-" + name, name, new HashSet<string> { role }, unit.Id, unit.Path);
        return (scope, (await Activities.UnitAsync(scope, unit.Id)).Value!);
    }

    private async Task AddTalkAsync(UserScope scope, string code, DateOnly date, CommunicationKind kind, string title)
    {
        var unit = await Database!.UnitAsync(code);
        var result = await Activities.AddCommunicationAsync(scope, unit.Id, new CommunicationInput(date, kind, title, 1200, null, "Ảnh"), null,
            Services.GetRequiredService<PortalDataPaths>());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task The_communication_tab_lists_the_years_activities_below_the_unit_with_their_Vietnamese_kinds()
    {
        var (district, tuyHoa) = await SetUpAsync("tuyhoa.canbo", PortalRoles.DistrictOfficer, "555");
        await AddTalkAsync(district, "22015", new(2026, 6, 1), CommunicationKind.ActionMonth, "Phát động Tháng hành động");
        await AddTalkAsync(district, "22045", new(2026, 9, 25), CommunicationKind.MidAutumn, "Đêm hội trăng rằm");
        await AddTalkAsync(district, "22045", new(2025, 1, 20), CommunicationKind.Tet, "Tết năm trước");

        var cut = Render<CommunicationTab>(p => p.Add(t => t.Scope, district).Add(t => t.Unit, tuyHoa).Add(t => t.Year, 2026));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".communication-title").Count));
        Assert.Equal(["Tết Trung thu", "Tháng hành động vì trẻ em"], cut.FindAll(".communication-kind").Select(e => e.TextContent.Trim()));
        Assert.Equal(["25/09/2026", "01/06/2026"], cut.FindAll(".communication-date").Select(e => e.TextContent.Trim()));
        Assert.Contains("2 hoạt động, tiếp cận 2.400 người", cut.Find("#communication-summary").TextContent);
        Assert.DoesNotContain("Tết năm trước", cut.Markup);
    }

    [Fact]
    public async Task A_refused_activity_keeps_what_was_typed_and_saves_nothing()
    {
        var (officer, phuong1) = await SetUpAsync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        var cut = Render<CommunicationTab>(p => p.Add(t => t.Scope, officer).Add(t => t.Unit, phuong1).Add(t => t.Year, 2026));
        cut.WaitForAssertion(() => cut.Find("#communication-empty"));

        cut.Find("#communication-title").Change("Ngày hội thiếu nhi");
        cut.Find("#communication-date").Change("01/06/2026");
        cut.Find("#communication-save").Click();

        cut.WaitForAssertion(() => Assert.Equal("Cần chọn loại hoạt động tuyên truyền.", cut.Find(".communication-error").TextContent.Trim()));
        Assert.Equal("Ngày hội thiếu nhi", cut.Find("#communication-title").GetAttribute("value"));
        Assert.Equal("01/06/2026", cut.Find("#communication-date").GetAttribute("value"));
        await using var db = Database!.Context();
        Assert.Equal(0, await db.CommunicationActivities.CountAsync());
    }

    [Fact]
    public async Task The_inspections_tab_highlights_an_overdue_follow_up_and_shows_a_viewer_no_form()
    {
        var (viewer, province) = await SetUpAsync("tinh.quansat", PortalRoles.Viewer, "54");
        var district = new UserScope("id-d", "tuyhoa.canbo", new HashSet<string> { PortalRoles.DistrictOfficer }, null, (await Database!.UnitAsync("555")).Path);
        var binhKien = (await Database.UnitAsync("22045")).Id;
        Assert.True((await Activities.AddInspectionAsync(district, binhKien,
            new InspectionInput(new(2026, 8, 12), "Đoàn giám sát", "Chưa có rào chắn", "Lắp rào chắn", new(2026, 10, 15)))).Succeeded);
        Assert.True((await Activities.AddInspectionAsync(district, binhKien,
            new InspectionInput(new(2026, 9, 1), "Đoàn kiểm tra", "Tốt", "Duy trì", new(2026, 12, 31)))).Succeeded);

        var cut = Render<InspectionsTab>(p => p.Add(t => t.Scope, viewer).Add(t => t.Unit, province).Add(t => t.Year, 2026));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tr.inspection-overdue")));
        Assert.Contains("Lắp rào chắn", cut.Find("tr.inspection-overdue").TextContent);
        Assert.Contains("Quá hạn khắc phục", cut.Find("tr.inspection-overdue").TextContent);
        Assert.Empty(cut.FindAll("#inspection-form"));
        Assert.Empty(cut.FindAll(".inspection-done"));
    }

    [Fact]
    public async Task An_added_inspection_appears_in_the_list_at_once_and_the_form_is_cleared()
    {
        var (district, phuong1) = await SetUpAsync("tuyhoa.canbo", PortalRoles.DistrictOfficer, "22015");
        var cut = Render<InspectionsTab>(p => p.Add(t => t.Scope, district).Add(t => t.Unit, phuong1).Add(t => t.Year, 2026));

        cut.Find("#inspection-date").Change("20/05/2026");
        cut.Find("#inspection-team").Change("Đoàn liên ngành thành phố");
        cut.Find("#inspection-findings").Change("Sổ theo dõi chưa cập nhật");
        cut.Find("#inspection-follow-up").Change("Cập nhật sổ theo dõi");
        cut.Find("#inspection-due").Change("15/07/2026");
        cut.Find("#inspection-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("Sổ theo dõi chưa cập nhật", cut.Find("#inspection-table").TextContent));
        Assert.Contains("Quá hạn khắc phục", cut.Find("tr.inspection-overdue").TextContent);
        Assert.Equal("", cut.Find("#inspection-team").GetAttribute("value") ?? "");
    }
}
