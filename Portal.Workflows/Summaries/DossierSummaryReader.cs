using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Summaries;
using Portal.Workflows.Deadlines;

namespace Portal.Workflows.Summaries;

/// <summary>
/// Computes dossier summaries from the detail: the dossier row, its history (stages judged by
/// <see cref="OnTimeStatistics.Judge"/>, as the reports count them) and its commune's ancestors. The same computation
/// serves the step handler (one dossier, with what the step has not saved yet), a whole round, and the check.
/// </summary>
public static class DossierSummaryReader
{
    private sealed record Row(int Id, int RoundId, int Year, int UnitId, string StandardCode, DossierState State, int? SelfTotal,
        int? AppraisedTotal, DateOnly? DecisionDate);

    private sealed record Step(int DossierId, DossierState From, DossierState To, DateTime AtUtc);

    // Compiled: every step and every edit reads its dossier's history through it.
    private static readonly CompiledPerModel<Func<PortalDbContext, int, IAsyncEnumerable<Step>>> SavedSteps = new(() => EF.CompileAsyncQuery((PortalDbContext db, int id) =>
        db.DossierEvents.AsNoTracking().Where(e => e.DossierId == id && e.FromState != e.ToState).Select(e => new Step(e.DossierId, e.FromState, e.ToState, e.AtUtc))));

    /// <summary>The summaries the saved detail gives for <paramref name="dossiers"/>.</summary>
    public static async Task<List<DossierSummary>> ReadAsync(PortalDbContext db, IQueryable<Dossier> dossiers, CancellationToken ct)
    {
        var rows = await dossiers.AsNoTracking().Select(d => new Row(d.Id, d.RoundId, d.Round!.Year, d.UnitId, d.StandardCode, d.State,
            d.SelfTotal, d.AppraisedTotal, d.DecisionDate)).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var ids = dossiers.Select(d => d.Id);
        var steps = (await db.DossierEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId) && e.FromState != e.ToState)
            .Select(e => new Step(e.DossierId, e.FromState, e.ToState, e.AtUtc)).ToListAsync(ct)).ToLookup(s => s.DossierId);
        var due = await OnTimeStatistics.DueDatesAsync(db, rows.Select(r => r.RoundId), ct);
        var ancestors = await CommuneAncestors.ReadAsync(db, dossiers.Select(d => d.UnitId).Distinct(), ct);
        var points = await CriterionPointsList.ReadAsync(db, dossiers, ct);
        return rows.Select(r => Build(r, steps[r.Id], due, ancestors[r.UnitId]).WithPoints(points.GetValueOrDefault(r.Id, ""))).ToList();
    }

    /// <summary>
    /// The summary of a dossier changed in <paramref name="db"/>'s unit of work and not saved yet: its tracked values and
    /// its history with the rows the change added. <paramref name="saved"/>, the stored row as the database holds it
    /// (unchanged in this unit of work), already counts the saved history and the saved criteria: the stages the change
    /// added are counted on top of it, and its points are kept when the change touched no criterion — no query for either.
    /// </summary>
    public static async Task<DossierSummary> ReadPendingAsync(PortalDbContext db, Dossier d, CancellationToken ct, DossierSummary? saved = null)
    {
        // Changes are detected once, here: each look at the tracker below would walk every tracked row again, and
        // nothing below changes a tracked row.
        db.ChangeTracker.DetectChanges();
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await ReadDetectedAsync(db, d, saved, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static async Task<DossierSummary> ReadDetectedAsync(PortalDbContext db, Dossier d, DossierSummary? saved, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries<DossierEvent>().Where(e => e.State == EntityState.Added && e.Entity.DossierId == d.Id)
            .Select(e => new Step(d.Id, e.Entity.FromState, e.Entity.ToState, e.Entity.AtUtc)).ToList();
        var year = d.Round?.Year ?? await db.Rounds.Where(r => r.Id == d.RoundId).Select(r => r.Year).FirstAsync(ct);
        var due = await PendingDossierInputs.DueDatesAsync(db, d, ct);
        var ancestors = await PendingDossierInputs.AncestorsAsync(db, d, ct);
        var row = new Row(d.Id, d.RoundId, year, d.UnitId, d.StandardCode, d.State, d.SelfTotal, d.AppraisedTotal, d.DecisionDate);
        if (saved is null || db.Entry(saved).State != EntityState.Unchanged)
        {
            var savedSteps = await SavedSteps.For(db)(db, d.Id).ToListAsync(ct);
            return Build(row, savedSteps.Concat(added), due, ancestors[d.UnitId]).WithPoints(await CriterionPointsList.ReadPendingAsync(db, d, ct));
        }
        var summary = Build(row, added, due, ancestors[d.UnitId]);
        (summary.StagesDone, summary.StagesOnTime) = (summary.StagesDone + saved.StagesDone, summary.StagesOnTime + saved.StagesOnTime);
        return summary.WithPoints(CriterionPointsList.Untouched(db, d) ? saved.CriterionPoints : await CriterionPointsList.ReadPendingAsync(db, d, ct));
    }

    private static DossierSummary WithPoints(this DossierSummary summary, string points)
    {
        summary.CriterionPoints = points;
        return summary;
    }

    private static DossierSummary Build(Row r, IEnumerable<Step> steps, IReadOnlyDictionary<(int RoundId, RoundStage Stage), DateOnly> due,
        Ancestors ancestors)
    {
        var judged = steps.Select(s => OnTimeStatistics.Judge(r.RoundId, s.From, s.To, s.AtUtc, due)).Where(j => j is not null).ToList();
        return new DossierSummary
        {
            DossierId = r.Id, RoundId = r.RoundId, Year = r.Year, ProvinceId = ancestors.ProvinceId, DistrictId = ancestors.DistrictId,
            CommuneId = r.UnitId, StandardCode = r.StandardCode, State = r.State, SelfTotal = r.SelfTotal, AppraisedTotal = r.AppraisedTotal,
            Verdict = r.State switch { DossierState.Recognized => true, DossierState.NotRecognized => false, _ => null },
            StagesDone = judged.Count, StagesOnTime = judged.Count(j => j!.Value.OnTime), DecisionDate = r.DecisionDate,
        };
    }

    /// <summary>Copies every counted value (not the key) onto a stored row.</summary>
    public static void CopyTo(this DossierSummary from, DossierSummary to)
    {
        (to.RoundId, to.Year, to.ProvinceId, to.DistrictId, to.CommuneId) = (from.RoundId, from.Year, from.ProvinceId, from.DistrictId, from.CommuneId);
        (to.StandardCode, to.State, to.SelfTotal, to.AppraisedTotal, to.Verdict) = (from.StandardCode, from.State, from.SelfTotal, from.AppraisedTotal, from.Verdict);
        (to.StagesDone, to.StagesOnTime, to.DecisionDate) = (from.StagesDone, from.StagesOnTime, from.DecisionDate);
        to.CriterionPoints = from.CriterionPoints;
    }

    /// <summary>The values that differ between a stored row and the recomputed one, as "Name: stored ≠ expected".</summary>
    public static IEnumerable<string> Differences(DossierSummary stored, DossierSummary expected) =>
        SummaryText.Differences(
            ("RoundId", stored.RoundId, expected.RoundId), ("Year", stored.Year, expected.Year), ("ProvinceId", stored.ProvinceId, expected.ProvinceId),
            ("DistrictId", stored.DistrictId, expected.DistrictId), ("CommuneId", stored.CommuneId, expected.CommuneId),
            ("StandardCode", stored.StandardCode, expected.StandardCode), ("State", stored.State, expected.State),
            ("SelfTotal", stored.SelfTotal, expected.SelfTotal), ("AppraisedTotal", stored.AppraisedTotal, expected.AppraisedTotal),
            ("Verdict", stored.Verdict, expected.Verdict), ("StagesDone", stored.StagesDone, expected.StagesDone),
            ("StagesOnTime", stored.StagesOnTime, expected.StagesOnTime), ("DecisionDate", stored.DecisionDate, expected.DecisionDate),
            ("CriterionPoints", stored.CriterionPoints, expected.CriterionPoints));
}
