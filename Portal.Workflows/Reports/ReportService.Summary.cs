using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Workflows.Units;

namespace Portal.Workflows.Reports;

public sealed partial class ReportService
{
    /// <summary>
    /// One row per unit directly below the chosen one (districts of a province, communes of a district; the unit
    /// itself when nothing lies below it), units without dossiers included with zeros, and the total row.
    /// </summary>
    public async Task<SummaryReport?> SummaryAsync(Access.UserScope scope, int roundId, int? unitId, CancellationToken ct = default)
    {
        if (await ResolveAsync(scope, roundId, unitId, ct) is not { } h) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await UnitsBelow.ReadAsync(db, await db.Units.AsNoTracking().SingleAsync(u => u.Id == h.UnitId, ct), ct);

        var prefix = h.UnitPath;
        var registered = await db.Registrations.AsNoTracking().Where(r => r.RoundId == h.RoundId && r.Unit!.Path.StartsWith(prefix))
            .Select(r => r.Unit!.Path).ToListAsync(ct);
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.RoundId == h.RoundId && d.Unit!.Path.StartsWith(prefix))
            .Select(d => new { d.UnitId, d.Unit!.Path, d.State }).ToListAsync(ct);
        // On-time figures are per commune; a unit's share sums the stages of the communes below it.
        var stages = (await onTime.ByCommuneAsync(scope, h.RoundId, ct)).GroupBy(r => r.UnitId)
            .ToDictionary(g => g.Key, g => (OnTime: g.Sum(r => r.OnTime), Done: g.Sum(r => r.StagesDone)));

        var rows = units.Select(u =>
        {
            var mine = dossiers.Where(d => u.Covers(d.Path)).ToList();
            var recognised = mine.Count(d => d.State == DossierState.Recognized);
            var notRecognised = mine.Count(d => d.State == DossierState.NotRecognized);
            var done = mine.Select(d => d.UnitId).Distinct().Select(id => stages.GetValueOrDefault(id)).ToList();
            return new SummaryRow(u.Id, u.Code, u.Name, registered.Count(u.Covers),
                recognised + notRecognised, recognised, notRecognised, done.Sum(s => s.OnTime), done.Sum(s => s.Done));
        }).ToList();
        var total = new SummaryRow(null, null, Texts.ReportText.Get("Report.Total"), rows.Sum(r => r.Registered), rows.Sum(r => r.Evaluated),
            rows.Sum(r => r.Recognised), rows.Sum(r => r.NotRecognised), rows.Sum(r => r.StagesOnTime), rows.Sum(r => r.StagesDone));
        return new SummaryReport(h, rows, total);
    }
}
