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
        return (await RegisteredPerYearAsync(db, focus, ct)).Select(r => r.Year).OrderDescending().ToList();
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
        var registered = await RegisteredPerYearAsync(db, focus, ct);
        var states = await db.DossierSummaries.Under(focus)
            .GroupBy(s => new { s.Year, s.State }).Select(g => new { g.Key.Year, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        return registered.Select(r => r.Year).Union(states.Select(s => s.Year)).Order().Select(year =>
        {
            var of = states.Where(s => s.Year == year).ToList();
            int Sum(params DossierState[] wanted) => of.Where(s => wanted.Contains(s.State)).Sum(s => s.Count);
            return new YearRow(year, registered.Where(r => r.Year == year).Sum(r => r.Count), of.Sum(s => s.Count),
                Sum(DossierState.Recognized, DossierState.NotRecognized), Sum(DossierState.Recognized));
        }).ToList();
    }

    /// <summary>
    /// Registrations of the communes under the focus per year (years with none left out). The country counts the registrations of each round of its
    /// structure on the registrations' (round, unit) index, without reading a unit (a round registers communes of its own
    /// scope only); a unit takes a range on its communes' paths, then the registrations' unit index.
    /// </summary>
    private static async Task<IReadOnlyList<(int Year, int Count)>> RegisteredPerYearAsync(PortalDbContext db, DashboardFocus focus,
        CancellationToken ct)
    {
        var (low, high) = (UnitPaths.Low(focus.PathPrefix), UnitPaths.High(focus.PathPrefix));
        var counts = focus.UnitId is null
            ? await db.Rounds.Where(r => string.Compare(r.ScopeUnit!.Path, low) >= 0 && string.Compare(r.ScopeUnit.Path, high) < 0)
                .Select(r => new { r.Year, Count = db.Registrations.Count(g => g.RoundId == r.Id) }).ToListAsync(ct)
            : await db.Registrations.Where(r => string.Compare(r.Unit!.Path, low) >= 0 && string.Compare(r.Unit.Path, high) < 0)
                .GroupBy(r => r.Round!.Year).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.GroupBy(c => c.Year).Select(g => (g.Key, g.Sum(c => c.Count))).Where(y => y.Item2 > 0).ToList();
    }
}
