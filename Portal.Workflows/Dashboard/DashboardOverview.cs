using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Activities;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Outcomes;

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
public sealed class DashboardOverview(DashboardStatistics statistics, DossierFinder finder, ActivityStatistics activities)
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
        // Each panel is one query on its own context: they run side by side (SQLite reads concurrently on separate connections).
        var due = finder.DueAsync(focus, y, states, ct);
        var streaks = statistics.StreaksAsync(focus, ct);
        // Activities are entered per unit; the national view has no unit to count them under.
        var counted = focus.UnitId is not null ? activities.ByChildUnitAsync(focus.PathPrefix, focus.Children, y, ct) : Task.FromResult<IReadOnlyList<ActivityCounts>>([]);
        var rows = statistics.StatesByUnitAsync(focus, y, ct);
        var yearRows = statistics.YearsOverviewAsync(focus, ct);
        var failed = statistics.FailedCriteriaAsync(focus, y, ct: ct);
        var scores = statistics.ScoresAsync(focus, y, ct);
        var illustrative = statistics.IllustrativeSetsAsync(focus, y, ct);
        await Task.WhenAll(due, streaks, counted, rows, yearRows, failed, scores, illustrative);
        var (overdue, near) = await due;
        return new DashboardView(focus, years, y, await rows, overdue, near,
            await yearRows, await failed, await scores, await streaks, await counted)
        {
            IllustrativeSets = await illustrative,
        };
    }
}
