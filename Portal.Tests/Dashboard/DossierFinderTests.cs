using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Dashboard;
using Portal.Workflows.Deadlines;

namespace Portal.Tests.Dashboard;

/// <summary>The lists behind the dashboard's numbers: each filter narrows to exactly the dossiers the number counts.</summary>
[Trait("Category", "Integration")]
public sealed class DossierFinderTests : DashboardDataTest
{
    private DossierFinder Finder => Db.Services.GetRequiredService<DossierFinder>();

    private async Task<string[]> CodesAsync(UserScope scope, DossierQuery query) =>
        [.. (await Finder.FindAsync(scope, query)).Value!.Lines.Select(l => $"{l.UnitCode}/{l.Year}")];

    [Fact]
    public async Task Year_unit_and_states_narrow_the_list()
    {
        var province = await ScopeAsync(PortalRoles.ProvinceOfficer, "54");
        Assert.Equal(["22015/2026", "22045/2026", "22051/2026"], await CodesAsync(province, new DossierQuery(2026, null)));
        Assert.Equal(["22015/2025", "22051/2025"], await CodesAsync(province, new DossierQuery(2025, null, [DossierState.Recognized])));
        Assert.Equal(["22051/2026", "22051/2025", "22051/2024"],
            await CodesAsync(province, new DossierQuery(null, (await Db.UnitAsync("557")).Id, [DossierState.Recognized])));
    }

    [Fact]
    public async Task The_clock_filter_finds_overdue_and_near_deadline_dossiers_under_way()
    {
        var province = await ScopeAsync(PortalRoles.ProvinceOfficer, "54");
        // 24/11/2026: self-assessment was due 10/11 (overdue); appraisal is due 25/11 (near).
        Assert.Equal(["22045/2026"], await CodesAsync(province, new DossierQuery(2026, null, Due: DueStatus.Overdue)));
        var near = Assert.Single((await Finder.FindAsync(province, new DossierQuery(2026, null, Due: DueStatus.NearDeadline))).Value!.Lines);
        Assert.Equal(("22015", new DateOnly(2026, 11, 25)), (near.UnitCode, near.DueDate));
        Clock.AdvanceDays(2);
        Assert.Equal(["22015/2026", "22045/2026"], await CodesAsync(province, new DossierQuery(2026, null, Due: DueStatus.Overdue)));
    }

    [Fact]
    public async Task A_failed_criterion_lists_the_dossiers_scored_below_its_mark()
    {
        var province = await ScopeAsync(PortalRoles.ProvinceOfficer, "54");
        Assert.Equal(["22045/2025", "22051/2025"], await CodesAsync(province, new DossierQuery(2025, null, FailedStandard: "DEMO-06", FailedCriterion: "3")));
        Assert.Equal(["22045/2025"], await CodesAsync(province, new DossierQuery(2025, null, FailedStandard: "DEMO-06", FailedCriterion: "5")));
        Assert.Empty(await CodesAsync(province, new DossierQuery(2025, null, FailedStandard: "NO-SUCH-SET", FailedCriterion: "3")));
    }

    [Fact]
    public async Task A_commune_officer_sees_only_the_own_commune_and_is_refused_elsewhere()
    {
        var commune = await ScopeAsync(PortalRoles.CommuneOfficer, "22015");
        Assert.Equal(["22015/2026", "22015/2025"], await CodesAsync(commune, new DossierQuery(null, null)));
        var other = (await Db.UnitAsync("22045")).Id;
        Assert.True((await Finder.FindAsync(commune, new DossierQuery(null, other))).IsRefused);
        await using var ctx = Db.Context();
        Assert.Single(ctx.AccessRefusals.Where(r => r.UserId == commune.UserId));
    }
}
