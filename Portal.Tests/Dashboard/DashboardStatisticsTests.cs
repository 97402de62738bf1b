using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.DevTools.Benchmarks;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Dashboard;
using Portal.Workflows.Rewards;

namespace Portal.Tests.Dashboard;

/// <summary>Each figure of the dashboard against the hand-built history of <see cref="DashboardData"/>.</summary>
[Trait("Category", "Integration")]
public sealed class DashboardStatisticsTests : DashboardDataTest
{
    private DashboardStatistics Statistics => Db.Services.GetRequiredService<DashboardStatistics>();
    private static readonly UserScope Admin = new("admin", "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);

    [Fact]
    public async Task Province_rows_are_its_districts_with_states_and_on_time_share_of_the_year()
    {
        var focus = await Statistics.FocusAsync(await ScopeAsync(PortalRoles.ProvinceOfficer, "54"), null);
        var rows = await Statistics.StatesByUnitAsync(focus, 2026);

        Assert.Equal(["555", "557"], rows.Select(r => r.Code));
        var tuyHoa = rows[0];
        Assert.Equal(1, tuyHoa.Count(DossierState.UnderAppraisal));
        Assert.Equal(1, tuyHoa.Count(DossierState.Registered));
        Assert.Equal(2, tuyHoa.Total);
        Assert.Equal((3, 2), (tuyHoa.StagesDone, tuyHoa.StagesOnTime));
        Assert.Equal(66.7m, tuyHoa.OnTimePercent);
        Assert.Equal(1, rows[1].Count(DossierState.Recognized));
        Assert.Null(rows[1].OnTimePercent);
    }

    [Fact]
    public async Task Drilling_to_a_district_gives_its_communes_and_a_commune_gives_itself()
    {
        var province = await ScopeAsync(PortalRoles.ProvinceOfficer, "54");
        var district = await Statistics.FocusAsync(province, (await Db.UnitAsync("555")).Id);
        Assert.Equal(["22015", "22045"], (await Statistics.StatesByUnitAsync(district, 2026)).Select(r => r.Code));
        Assert.Equal(["Tỉnh Phú Yên"], district.Chain.Select(c => c.Name));

        var commune = await Statistics.FocusAsync(province, (await Db.UnitAsync("22045")).Id);
        var row = Assert.Single(await Statistics.StatesByUnitAsync(commune, 2026));
        Assert.Equal(("22045", 1), (row.Code, row.Count(DossierState.Registered)));
    }

    [Fact]
    public async Task Years_count_registered_verdicts_and_recognised_with_the_rate_over_verdicts()
    {
        var focus = await Statistics.FocusAsync(await ScopeAsync(PortalRoles.Viewer, "54"), null);
        var years = await Statistics.YearsOverviewAsync(focus);

        Assert.Equal([2024, 2025, 2026], years.Select(y => y.Year));
        var y2025 = years[1];
        Assert.Equal((4, 4, 3, 2, 1), (y2025.Registered, y2025.Dossiers, y2025.Evaluated, y2025.Recognised, y2025.NotRecognised));
        Assert.Equal(66.7m, y2025.RecognitionRate);
        Assert.Equal((3, 1, 1), (years[2].Registered, years[2].Evaluated, years[2].Recognised));
        Assert.Equal([2026, 2025, 2024], await Statistics.YearsAsync(focus));
    }

    [Fact]
    public async Task Average_score_takes_the_appraised_total_of_dossiers_with_a_verdict()
    {
        var focus = await Statistics.FocusAsync(await ScopeAsync(PortalRoles.ProvinceOfficer, "54"), null);
        Assert.Equal(new ScoreSummary(3, 850m, 700, 950), await Statistics.ScoresAsync(focus, 2025));
        Assert.Equal(new ScoreSummary(0, null, null, null), await Statistics.ScoresAsync(await Statistics.FocusAsync(Admin, (await Db.UnitAsync("557")).Id), 2023));
    }

    [Fact]
    public async Task Criteria_most_often_failed_then_most_points_lost_use_appraised_points_and_fall_back_to_self_assessed()
    {
        var focus = await Statistics.FocusAsync(await ScopeAsync(PortalRoles.ProvinceOfficer, "54"), null);
        var failed = await Statistics.FailedCriteriaAsync(focus, 2025);

        Assert.Equal([("3", 2, 3), ("5", 1, 3), ("9", 0, 3)], failed.Select(f => (f.CriterionNo, f.Failed, f.Scored)));
        // Criterion 9 never failed, but lost 15 of 75 points once: 70 on average, 6.7 % of its points lost.
        Assert.Equal((70m, 75, 6.7m), (failed[2].AveragePoints!.Value, failed[2].MaxPoints!.Value, failed[2].LostPercent!.Value));
        Assert.Equal(25m, failed[0].AveragePoints); // 75, 0 and 0
        Assert.All(failed, f => Assert.Equal("DEMO-06", f.StandardCode));
        Assert.NotNull(failed[0].NameVi);
        Assert.Empty(await Statistics.FailedCriteriaAsync(focus, 2026));
    }

    [Fact]
    public async Task Streaks_of_three_and_five_are_counted_under_the_focus()
    {
        var scope = await ScopeAsync(PortalRoles.ProvinceOfficer, "54");
        var streaks = await Db.Services.GetRequiredService<RewardService>().StreaksAsync(scope, 3);
        var province = DashboardStatistics.Streaks(await Statistics.FocusAsync(scope, null), streaks);
        Assert.Equal((1, 0), (province.AtLeastThree, province.AtLeastFive));
        Assert.Equal(("Phường Xuân Phú", 3, 2026), (province.Longest[0].Name, province.Longest[0].Years, province.Longest[0].LastYear));
        var tuyHoa = DashboardStatistics.Streaks(await Statistics.FocusAsync(scope, (await Db.UnitAsync("555")).Id), streaks);
        Assert.Equal(0, tuyHoa.AtLeastThree);
    }

    [Fact]
    public async Task An_administrator_without_a_unit_sees_the_country_by_province()
    {
        var focus = await Statistics.FocusAsync(Admin, null);
        Assert.Null(focus.UnitId);
        var rows = await Statistics.StatesByUnitAsync(focus, 2026);
        Assert.Equal([("01", 1), ("54", 3)], rows.Select(r => (r.Code, r.Total)));
        Assert.Equal(2, (await Statistics.YearsOverviewAsync(focus)).Single(y => y.Year == 2026).Recognised);
    }

    [Fact]
    public async Task A_unit_outside_the_scope_is_refused_and_logged()
    {
        var (district, province) = (await ScopeAsync(PortalRoles.DistrictOfficer, "555"), await ScopeAsync(PortalRoles.ProvinceOfficer, "54"));
        var songCau = (await Db.UnitAsync("557")).Id;
        await Assert.ThrowsAsync<AccessRefusedException>(() => Statistics.FocusAsync(district, songCau));
        await Assert.ThrowsAsync<AccessRefusedException>(() => Statistics.FocusAsync(province, 999_999));
        await using var ctx = Db.Context();
        Assert.Equal(2, ctx.AccessRefusals.Count(r => r.Resource.StartsWith("dashboard/")));
        // Someone without a unit who is no administrator has no dashboard at all.
        await Assert.ThrowsAsync<AccessRefusedException>(() => Statistics.FocusAsync(new UserScope("x", "x", new HashSet<string> { PortalRoles.Viewer }, null, null), null));
    }

    [Fact]
    public async Task Figures_match_a_direct_sql_count()
    {
        var sql = ActivatorUtilities.CreateInstance<DashboardSqlCounts>(Db.Services); // a developer tool, not registered here
        foreach (var focus in new[] { await Statistics.FocusAsync(Admin, null), await Statistics.FocusAsync(Admin, (await Db.UnitAsync("54")).Id) })
        {
            Assert.Equal(await sql.YearsAsync(focus.PathPrefix), await Statistics.YearsOverviewAsync(focus));
            foreach (var year in new[] { 2024, 2025, 2026 })
            {
                var direct = await sql.StatesAsync(focus.Children.Select(c => c.Path), year);
                foreach (var row in await Statistics.StatesByUnitAsync(focus, year))
                    Assert.Equal(direct[focus.Children.Single(c => c.Id == row.UnitId).Path].OrderBy(p => p.Key), row.Counts.OrderBy(p => p.Key));
            }
        }
    }
}
