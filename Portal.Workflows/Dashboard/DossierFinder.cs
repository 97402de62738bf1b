using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;

namespace Portal.Workflows.Dashboard;

/// <summary>
/// What a number of the dashboard counts, as a list: the year's dossiers under a unit, narrowed by states, by their
/// clock, or by one criterion scored below its "achieved" mark.
/// </summary>
public sealed record DossierQuery(int? Year, int? UnitId, IReadOnlyList<DossierState>? States = null, DueStatus? Due = null,
    string? FailedStandard = null, string? FailedCriterion = null);

public sealed record DossierList(DashboardFocus Focus, IReadOnlyList<DossierLine> Lines, bool Truncated);

/// <summary>The lists behind the dashboard's numbers, through the same scope rule and the same focus as the dashboard.</summary>
public sealed class DossierFinder(IDbContextFactory<PortalDbContext> dbFactory, DashboardFocusReader focusReader,
    DossierScoring scoring, TimeProvider clock)
{
    public const int MaxLines = 1000;

    /// <summary>The list for a page: refused (and logged) when the unit asked for is outside the reader's scope.</summary>
    public Task<Outcome<DossierList>> FindAsync(UserScope scope, DossierQuery query, CancellationToken ct = default) =>
        Refusals.CatchAsync(() => ListAsync(scope, query, ct));

    /// <summary>The same for reads that compose it: a refusal is logged and thrown.</summary>
    internal async Task<DossierList> ListAsync(UserScope scope, DossierQuery query, CancellationToken ct)
    {
        var focus = await focusReader.ReadAsync(scope, query.UnitId, ct);
        var lines = (await LinesAsync(focus, query, running: query.Due is not null, ct)).Where(l => query.Due is null || l.DueStatus == query.Due).ToList();
        return new DossierList(focus, lines.Take(MaxLines).ToList(), lines.Count > MaxLines);
    }

    /// <summary>
    /// The dashboard's two clock lists (overdue, near the deadline) from one read of the dossiers under way, on the focus
    /// the dashboard read already: each list read alone read the focus again and the same dossiers and calendars (issue 12).
    /// </summary>
    internal async Task<(IReadOnlyList<DossierLine> Overdue, IReadOnlyList<DossierLine> Near)> DueAsync(DashboardFocus focus, int year,
        IReadOnlyList<DossierState>? states, CancellationToken ct)
    {
        var lines = await LinesAsync(focus, new DossierQuery(year, focus.UnitId, states), running: true, ct);
        IReadOnlyList<DossierLine> Of(DueStatus due) => lines.Where(l => l.DueStatus == due).Take(MaxLines).ToList();
        return (Of(DueStatus.Overdue), Of(DueStatus.NearDeadline));
    }

    /// <summary>The query's dossiers under the focus with their clocks, before the clock filter; <paramref name="running"/>: under way only.</summary>
    private async Task<List<DossierLine>> LinesAsync(DashboardFocus focus, DossierQuery query, bool running, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Unit, year and state are read from the summaries' indexed columns, never by matching the unit path.
        var summaries = db.DossierSummaries.Under(focus);
        if (query.Year is { } year) summaries = summaries.Where(s => s.Year == year);
        if (query.States is { Count: > 0 } states) summaries = summaries.Where(s => states.Contains(s.State));
        if (running)
        {
            // Only dossiers under way have a running clock; final ones are never overdue.
            var under = Enum.GetValues<DossierState>().Where(s => DossierStages.StageOf(s) is not null).ToList();
            summaries = summaries.Where(s => under.Contains(s.State));
        }
        var ids = summaries.Select(s => s.DossierId);
        var dossiers = db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id));
        if (query is { FailedStandard: { } std, FailedCriterion: { } no })
        {
            // A link naming a set that does not exist finds nothing rather than failing.
            var set = await db.StandardSets.AnyAsync(s => s.Code == std, ct) ? await scoring.SetAsync(std, ct) : null;
            var achievedAt = set?.FindCriterion(no)?.AchievedAt ?? Scoring.Criterion.DefaultAchievedAt;
            dossiers = dossiers.Where(d => d.StandardCode == std && db.CriterionEntries.Any(c => c.DossierId == d.Id
                && c.CriterionNo == no && (c.AppraisedPoints ?? c.SelfPoints) < achievedAt));
        }
        var rows = await dossiers.OrderBy(d => d.Unit!.Path).ThenByDescending(d => d.Round!.Year)
            .Select(d => new
            {
                d.Id, d.RoundId, d.Round!.Year, d.UnitId, d.Unit!.Code, Unit = d.Unit.Name,
                Parent = d.Unit.Parent != null ? d.Unit.Parent.Name : null, d.State, d.SelfTotal, d.AppraisedTotal, d.DecisionNumber,
            }).Take(running ? 20 * MaxLines : MaxLines + 1).ToListAsync(ct);

        var calendars = await RoundCalendars.ReadAsync(db, rows.Select(r => r.RoundId).ToList(), ct);
        var today = PortalClock.Today(clock);
        return rows.Select(r =>
        {
            var (due, status) = calendars.Clock(r.RoundId, r.State, today);
            return new DossierLine(r.Id, r.Year, r.UnitId, r.Code, r.Unit, r.Parent, r.State, r.SelfTotal, r.AppraisedTotal, due, status, r.DecisionNumber);
        }).ToList();
    }
}
