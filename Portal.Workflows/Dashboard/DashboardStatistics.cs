using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Dashboard;

/// <summary>
/// The managers' figures (PORTAL-SPEC §6) over a focus unit: per unit below it, per year, per criterion. Each panel is
/// one grouped query on the summaries kept with every change (record 0015), filtered by an indexed unit column, so a
/// national data set stays a few small results and no history is read.
/// </summary>
public sealed partial class DashboardStatistics(IDbContextFactory<PortalDbContext> dbFactory, DashboardFocusReader focusReader,
    DossierScoring scoring)
{
    public Task<DashboardFocus> FocusAsync(UserScope scope, int? unitId, CancellationToken ct = default) =>
        focusReader.ReadAsync(scope, unitId, ct);

    /// <summary>The years of the rounds whose communes under the focus registered, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(DashboardFocus focus, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Registered(db, focus).Select(r => r.Round!.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }

    /// <summary>The illustrative standard sets the year's dossiers under the focus were opened under (the panel says "minh họa").</summary>
    public async Task<IReadOnlyList<string>> IllustrativeSetsAsync(DashboardFocus focus, int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var codes = db.DossierSummaries.Under(focus).Where(s => s.Year == year).Select(s => s.StandardCode).Distinct();
        return await db.StandardSets.Where(s => s.Illustrative && codes.Contains(s.Code)).Select(s => s.Code).OrderBy(c => c).ToListAsync(ct);
    }

    /// <summary>Per unit below the focus: the year's dossiers per state, and the on-time share of their finished stages.</summary>
    public async Task<IReadOnlyList<UnitStateRow>> StatesByUnitAsync(DashboardFocus focus, int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.DossierSummaries.Under(focus).Where(s => s.Year == year).ByRow(focus)
            .GroupBy(s => new { s.Key, s.State })
            .Select(g => new { g.Key.Key, g.Key.State, Count = g.Count(), Done = g.Sum(s => s.StagesDone), OnTime = g.Sum(s => s.StagesOnTime) })
            .ToListAsync(ct);
        var byUnit = counts.ToLookup(c => c.Key);
        return focus.Children.Select(child =>
        {
            var mine = byUnit[child.Id].ToList();
            return new UnitStateRow(child.Id, child.Code, child.Name, child.Level, mine.ToDictionary(c => c.State, c => c.Count),
                mine.Sum(c => c.Done), mine.Sum(c => c.OnTime));
        }).ToList();
    }

    /// <summary>Per year over all rounds: registered, dossiers, with a verdict, recognised.</summary>
    public async Task<IReadOnlyList<YearRow>> YearsOverviewAsync(DashboardFocus focus, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var registered = await Registered(db, focus).GroupBy(r => r.Round!.Year).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(ct);
        var states = await db.DossierSummaries.Under(focus)
            .GroupBy(s => new { s.Year, s.State }).Select(g => new { g.Key.Year, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        return registered.Select(r => r.Year).Union(states.Select(s => s.Year)).Order().Select(year =>
        {
            var of = states.Where(s => s.Year == year).ToList();
            int Sum(params DossierState[] wanted) => of.Where(s => wanted.Contains(s.State)).Sum(s => s.Count);
            return new YearRow(year, registered.FirstOrDefault(r => r.Year == year)?.Count ?? 0, of.Sum(s => s.Count),
                Sum(DossierState.Recognized, DossierState.NotRecognized), Sum(DossierState.Recognized));
        }).ToList();
    }

    /// <summary>Registrations of the communes under the focus: a range on the unit path's index, then the registration's unit index.</summary>
    private static IQueryable<Data.Rounds.Registration> Registered(PortalDbContext db, DashboardFocus focus)
    {
        var (low, high) = (UnitPaths.Low(focus.PathPrefix), UnitPaths.High(focus.PathPrefix));
        return db.Registrations.Where(r => string.Compare(r.Unit!.Path, low) >= 0 && string.Compare(r.Unit.Path, high) < 0);
    }
}
