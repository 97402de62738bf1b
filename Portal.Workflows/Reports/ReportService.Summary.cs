using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Data.Units;
using Portal.Workflows.Dashboard;
using Portal.Workflows.Units;

namespace Portal.Workflows.Reports;

public sealed partial class ReportService
{
    /// <summary>
    /// One row per unit directly below the chosen one (districts of a province, communes of a district; the unit
    /// itself when nothing lies below it), units without dossiers included with zeros, and the total row. Counted on
    /// the summaries (record 0015): one grouped query, the on-time figures included.
    /// </summary>
    public async Task<SummaryReport?> SummaryAsync(Access.UserScope scope, int roundId, int? unitId, CancellationToken ct = default) =>
        await ResolveAsync(scope, roundId, unitId, ct) is { } h ? await SummaryAsync(h, ct) : null;

    /// <summary>The summary of a round and unit already resolved (and so checked) by <see cref="ResolveAsync"/>.</summary>
    public async Task<SummaryReport> SummaryAsync(ReportHeader h, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await UnitsBelow.ReadAsync(db, await db.Units.AsNoTracking().SingleAsync(u => u.Id == h.UnitId, ct), ct);
        var focus = new DashboardFocus(h.UnitId, h.UnitName, h.UnitPath, h.UnitLevel, [], units);

        var (low, high) = (UnitPaths.Low(h.UnitPath), UnitPaths.High(h.UnitPath));
        var registered = await db.Registrations.AsNoTracking()
            .Where(r => r.RoundId == h.RoundId && string.Compare(r.Unit!.Path, low) >= 0 && string.Compare(r.Unit.Path, high) < 0)
            .Select(r => r.Unit!.Path).ToListAsync(ct);
        var counts = (await db.DossierSummaries.Where(s => s.RoundId == h.RoundId).Under(focus).ByRow(focus)
            .GroupBy(s => new { s.Key, s.State })
            .Select(g => new { g.Key.Key, g.Key.State, Count = g.Count(), Done = g.Sum(s => s.StagesDone), OnTime = g.Sum(s => s.StagesOnTime) })
            .ToListAsync(ct)).ToLookup(c => c.Key);

        var rows = units.Select(u =>
        {
            var mine = counts[u.Id].ToList();
            int Count(DossierState state) => mine.Where(c => c.State == state).Sum(c => c.Count);
            var (recognised, notRecognised) = (Count(DossierState.Recognized), Count(DossierState.NotRecognized));
            return new SummaryRow(u.Id, u.Code, u.Name, registered.Count(u.Covers),
                recognised + notRecognised, recognised, notRecognised, mine.Sum(c => c.OnTime), mine.Sum(c => c.Done));
        }).ToList();
        var total = new SummaryRow(null, null, Texts.ReportText.Get("Report.Total"), rows.Sum(r => r.Registered), rows.Sum(r => r.Evaluated),
            rows.Sum(r => r.Recognised), rows.Sum(r => r.NotRecognised), rows.Sum(r => r.StagesOnTime), rows.Sum(r => r.StagesDone));
        return new SummaryReport(h, rows, total);
    }
}
