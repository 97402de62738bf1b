using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Activities;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Rewards;

namespace Portal.Workflows.Dashboard;

/// <summary>Everything the dashboard shows for one filter, read in one go (and kept from prerender to interactive).</summary>
public sealed record DashboardView(DashboardFocus Focus, IReadOnlyList<int> Years, int? Year,
    IReadOnlyList<UnitStateRow> Rows, IReadOnlyList<DossierLine> Overdue, IReadOnlyList<DossierLine> Near,
    IReadOnlyList<YearRow> YearRows, IReadOnlyList<CriterionFailRow> Failed, ScoreSummary Scores, StreakSummary Streaks,
    IReadOnlyList<ActivityCounts> Activities)
{
    /// <summary>The illustrative sets among the year's dossiers: the panels then carry the "minh họa" banner.</summary>
    public IReadOnlyList<string> IllustrativeSets { get; init; } = [];
}

/// <summary>
/// Composes the dashboard for a user and a filter: the focus (refused outside the scope), the year (the one asked for
/// when it has data, else the latest), and every panel's figures. The state filter narrows the overdue and near lists;
/// the panels keep every state so that the filtered one can be read against the rest.
/// </summary>
public sealed class DashboardOverview(DashboardStatistics statistics, DossierFinder finder, RewardService rewards, ActivityStatistics activities)
{
    /// <summary>The dashboard for a filter; refused (and logged) for a unit outside the reader's scope.</summary>
    public Task<Outcome<DashboardView>> LoadAsync(UserScope scope, DashboardFilter filter, CancellationToken ct = default) =>
        Refusals.CatchAsync(() => ComposeAsync(scope, filter, ct));

    private async Task<DashboardView> ComposeAsync(UserScope scope, DashboardFilter filter, CancellationToken ct)
    {
        var focus = await statistics.FocusAsync(scope, filter.UnitId, ct);
        var years = await statistics.YearsAsync(focus, ct);
        int? year = filter.Year is { } asked && years.Contains(asked) ? asked : years.Count > 0 ? years[0] : null;
        if (year is not { } y) return new DashboardView(focus, years, null, [], [], [], [], [], new(0, null, null, null), new(0, 0, []), []);

        IReadOnlyList<DossierState>? states = filter.State is { } s ? [s] : null;
        var overdue = await finder.ListAsync(scope, new DossierQuery(y, filter.UnitId, states, DueStatus.Overdue), ct);
        var near = await finder.ListAsync(scope, new DossierQuery(y, filter.UnitId, states, DueStatus.NearDeadline), ct);
        var streaks = DashboardStatistics.Streaks(focus, await rewards.StreaksAsync(scope, 3, ct));
        // Activities are entered per unit; the national view has no unit to count them under.
        var counted = focus.UnitId is { } unitId ? await activities.ByChildUnitAsync(scope, unitId, y, ct) : [];
        return new DashboardView(focus, years, y,
            await statistics.StatesByUnitAsync(focus, y, ct), overdue.Lines, near.Lines,
            await statistics.YearsOverviewAsync(focus, ct), await statistics.FailedCriteriaAsync(focus, y, ct: ct),
            await statistics.ScoresAsync(focus, y, ct), streaks, counted)
        {
            IllustrativeSets = await statistics.IllustrativeSetsAsync(focus, y, ct),
        };
    }
}
