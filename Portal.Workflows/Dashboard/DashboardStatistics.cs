using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Dashboard;

/// <summary>
/// The managers' figures (PORTAL-SPEC §6) over a focus unit: per unit below it, per year, per criterion. Counting is
/// done by the database where it can be (GROUP BY on state and year), so a national data set stays a few small results;
/// the split by unit below is done on (path, state) pairs of one year.
/// </summary>
public sealed partial class DashboardStatistics(IDbContextFactory<PortalDbContext> dbFactory, DashboardFocusReader focusReader,
    DossierScoring scoring)
{
    public Task<DashboardFocus> FocusAsync(UserScope scope, int? unitId, CancellationToken ct = default) =>
        focusReader.ReadAsync(scope, unitId, ct);

    /// <summary>The years of the rounds whose dossiers lie under the focus, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(DashboardFocus focus, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Registrations.Where(r => r.Unit!.Path.StartsWith(focus.PathPrefix))
            .Select(r => r.Round!.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }

    /// <summary>The illustrative standard sets the year's dossiers under the focus were opened under (the panel says "minh họa").</summary>
    public async Task<IReadOnlyList<string>> IllustrativeSetsAsync(DashboardFocus focus, int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var codes = db.Dossiers.Where(d => d.Round!.Year == year && d.Unit!.Path.StartsWith(focus.PathPrefix)).Select(d => d.StandardCode).Distinct();
        return await db.StandardSets.Where(s => s.Illustrative && codes.Contains(s.Code)).Select(s => s.Code).OrderBy(c => c).ToListAsync(ct);
    }

    /// <summary>Per unit below the focus: the year's dossiers per state, and the on-time share of their finished stages.</summary>
    public async Task<IReadOnlyList<UnitStateRow>> StatesByUnitAsync(DashboardFocus focus, int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Dossiers.Where(d => d.Round!.Year == year && d.Unit!.Path.StartsWith(focus.PathPrefix))
            .GroupBy(d => new { d.Unit!.Path, d.State }).Select(g => new { g.Key.Path, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        var stages = await StagesAsync(db, focus.PathPrefix, year, ct);
        return focus.Children.Select(child =>
        {
            var mine = counts.Where(c => child.Covers(c.Path)).GroupBy(c => c.State).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
            var done = stages.Where(s => child.Covers(s.Path)).ToList();
            return new UnitStateRow(child.Id, child.Code, child.Name, child.Level, mine, done.Count, done.Count(s => s.OnTime));
        }).ToList();
    }

    /// <summary>Per year over all rounds: registered, dossiers, with a verdict, recognised.</summary>
    public async Task<IReadOnlyList<YearRow>> YearsOverviewAsync(DashboardFocus focus, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var registered = await db.Registrations.Where(r => r.Unit!.Path.StartsWith(focus.PathPrefix))
            .GroupBy(r => r.Round!.Year).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(ct);
        var states = await db.Dossiers.Where(d => d.Unit!.Path.StartsWith(focus.PathPrefix))
            .GroupBy(d => new { d.Round!.Year, d.State }).Select(g => new { g.Key.Year, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        return registered.Select(r => r.Year).Union(states.Select(s => s.Year)).Order().Select(year =>
        {
            var of = states.Where(s => s.Year == year).ToList();
            int Sum(params DossierState[] wanted) => of.Where(s => wanted.Contains(s.State)).Sum(s => s.Count);
            return new YearRow(year, registered.FirstOrDefault(r => r.Year == year)?.Count ?? 0, of.Sum(s => s.Count),
                Sum(DossierState.Recognized, DossierState.NotRecognized), Sum(DossierState.Recognized));
        }).ToList();
    }

    /// <summary>
    /// Which stages of the year's dossiers were finished, and whether by their due date, judged by
    /// <see cref="OnTimeStatistics.Judge"/>, restricted to the focus.
    /// </summary>
    private static async Task<List<(string Path, bool OnTime)>> StagesAsync(PortalDbContext db, string prefix, int year, CancellationToken ct)
    {
        var events = await db.DossierEvents.AsNoTracking()
            .Join(db.Dossiers.Where(d => d.Round!.Year == year && d.Unit!.Path.StartsWith(prefix)), e => e.DossierId, d => d.Id,
                (e, d) => new { d.RoundId, d.Unit!.Path, e.FromState, e.ToState, e.AtUtc })
            .Where(e => e.FromState != e.ToState).ToListAsync(ct);
        var due = await OnTimeStatistics.DueDatesAsync(db, events.Select(e => e.RoundId), ct);
        return events.Select(e => (e.Path, Judged: OnTimeStatistics.Judge(e.RoundId, e.FromState, e.ToState, e.AtUtc, due)))
            .Where(x => x.Judged is not null).Select(x => (x.Path, x.Judged!.Value.OnTime)).ToList();
    }
}
