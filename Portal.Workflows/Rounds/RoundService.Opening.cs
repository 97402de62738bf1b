using Microsoft.EntityFrameworkCore;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Rounds.Opening;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Rounds;

public sealed partial class RoundService
{
    /// <summary>
    /// Opens a round: one dossier (and its summary) per registered commune, inserted set-based by
    /// <see cref="IRoundOpeningInserts"/>, the round marked open and its standard set locked, all in one transaction.
    /// Opening an open round does nothing, so a scheduled run may repeat it safely.
    /// </summary>
    public async Task<Outcome<int>> OpenAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var round = await db.Rounds.Include(r => r.ScopeUnit).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null) return Outcome.NotFound(WorkflowText.Get("Rounds.NotFound")).As<int>();
        if (!CanManage(scope, round.ScopeUnit!.Path))
            return (await RefuseAsync(scope, $"round:{roundId}", "open a round outside scope or role", ct)).As<int>();
        if (round.Status != RoundStatus.Registration) return round.Id;

        var now = clock.GetUtcNow().UtcDateTime;
        var opening = new RoundToOpen(round.Id, round.Year, round.StandardCode, PortalClock.Today(clock), now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // One statement per table whatever the number of communes (10,035 for a national round), not a row per entity.
        await inserts.InsertDossiersAsync(db, opening, ct);
        // Audited with the save below, like rows EF inserts (record 0016).
        db.AuditInsertedBySql(await db.Dossiers.Where(d => d.RoundId == round.Id && d.CreatedAtUtc == now).ToListAsync(ct));
        await inserts.InsertSummariesAsync(db, opening, ct);
        round.Status = RoundStatus.Open;
        round.OpenedAtUtc = now;
        var set = await db.StandardSets.FirstAsync(s => s.Code == round.StandardCode, ct);
        set.LockedAtUtc ??= now;
        db.AuditActor = scope.UserName;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return round.Id;
    }
}
