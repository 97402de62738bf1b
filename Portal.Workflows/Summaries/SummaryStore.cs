using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Summaries;
using Portal.Data.Units;
using Portal.Workflows.Rewards;

namespace Portal.Workflows.Summaries;

/// <summary>
/// Writes summaries into a unit of work without saving it: whoever changed the detail saves both in one transaction.
/// Everything here is incremental (one dossier, one commune, one round's communes), never the country.
/// </summary>
public static class SummaryStore
{
    private static readonly CompiledPerModel<Func<PortalDbContext, int, CancellationToken, Task<DossierSummary?>>> StoredRow = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, int id, CancellationToken ct) => db.DossierSummaries.FirstOrDefault(s => s.DossierId == id)));

    /// <summary>The dossier's row from its tracked (unsaved) values and history.</summary>
    public static async Task KeepDossierAsync(PortalDbContext db, Dossier dossier, CancellationToken ct)
    {
        // Compiled, for every step and edit; a row added earlier in the same change is not in the database yet.
        var stored = await StoredRow.For(db)(db, dossier.Id, ct)
            ?? db.ChangeTracker.Entries<DossierSummary>().Select(e => e.Entity).FirstOrDefault(s => s.DossierId == dossier.Id);
        var expected = await DossierSummaryReader.ReadPendingAsync(db, dossier, ct, stored);
        if (stored is null) db.DossierSummaries.Add(expected);
        else expected.CopyTo(stored);
    }

    /// <summary>The commune's streaks as the unit of work leaves them (a commune gets its row with its first dossier).</summary>
    public static async Task KeepCommuneAsync(PortalDbContext db, int communeId, CancellationToken ct, PendingStreakMemo? memo = null)
    {
        var stored = await db.CommuneSummaries.FindAsync([communeId], ct);
        if (stored is null && !await db.Dossiers.AnyAsync(d => d.UnitId == communeId, ct)) return;
        var expected = await CommuneSummaryReader.ReadPendingAsync(db, communeId, ct, memo);
        if (stored is null) db.CommuneSummaries.Add(expected);
        else expected.CopyTo(stored);
    }

    /// <summary>
    /// The streaks of the communes that carry on <paramref name="predecessorIds"/>' years (merger lineage, record 0013):
    /// a verdict of an old commune, or a change of its lineage, changes theirs.
    /// </summary>
    public static async Task KeepSuccessorsAsync(PortalDbContext db, IReadOnlyCollection<int> predecessorIds, CancellationToken ct,
        PendingStreakMemo? memo = null)
    {
        var successors = await db.UnitLineages.AsNoTracking().Where(l => predecessorIds.Contains(l.PredecessorId))
            .Select(l => l.SuccessorId).Distinct().ToListAsync(ct);
        foreach (var id in successors) await KeepCommuneAsync(db, id, ct, memo);
    }

    /// <summary>
    /// Every row of a round from its saved detail: after the round's dossiers were written in bulk (opening, seeding) or
    /// its status changed (closing decides the year for every commune it covers, with or without a dossier). Saved detail
    /// only: call it after the bulk writes, inside their transaction.
    /// </summary>
    public static async Task RefreshRoundAsync(PortalDbContext db, int roundId, CancellationToken ct)
    {
        var dossiers = await DossierSummaryReader.ReadAsync(db, db.Dossiers.Where(d => d.RoundId == roundId), ct);
        var stored = await db.DossierSummaries.Where(s => s.RoundId == roundId).ToDictionaryAsync(s => s.DossierId, ct);
        foreach (var row in dossiers)
        {
            if (stored.TryGetValue(row.DossierId, out var old)) row.CopyTo(old);
            else db.DossierSummaries.Add(row);
        }
        var scope = await db.Rounds.Where(r => r.Id == roundId).Select(r => r.ScopeUnit!.Path).FirstAsync(ct);
        await RefreshCommunesAsync(db, UnitPaths.Low(scope), UnitPaths.High(scope), ct);
    }

    /// <summary>The rows of the communes whose path lies in [low, high).</summary>
    public static async Task RefreshCommunesAsync(PortalDbContext db, string low, string high, CancellationToken ct)
    {
        var communes = await CommuneSummaryReader.ReadAsync(db,
            u => string.Compare(u.Path, low) >= 0 && string.Compare(u.Path, high) < 0, ct);
        var ids = communes.Select(c => c.CommuneId).ToList();
        var stored = await db.CommuneSummaries.Where(s => ids.Contains(s.CommuneId)).ToDictionaryAsync(s => s.CommuneId, ct);
        foreach (var row in communes)
        {
            if (stored.TryGetValue(row.CommuneId, out var old)) row.CopyTo(old);
            else db.CommuneSummaries.Add(row);
        }
    }
}
