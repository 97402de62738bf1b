using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Rounds;

public sealed partial class RoundService
{
    /// <summary>
    /// Opens a round: one dossier per registered commune, the round marked open and its standard set locked,
    /// all in one transaction. Opening an open round does nothing, so a scheduled run may repeat it safely.
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
        var today = PortalClock.Today(clock);
        var registrations = await db.Registrations.Where(g => g.RoundId == roundId).ToListAsync(ct);
        var existing = await db.Dossiers.Where(d => d.RoundId == roundId).Select(d => d.UnitId).ToListAsync(ct);
        db.Dossiers.AddRange(registrations.Where(g => !existing.Contains(g.UnitId)).Select(g => new Dossier
        {
            RoundId = roundId, UnitId = g.UnitId, StandardCode = round.StandardCode, Category = g.Category,
            State = DossierState.Registered, StateSince = today, CreatedAtUtc = now, UpdatedAtUtc = now,
        }));
        round.Status = RoundStatus.Open;
        round.OpenedAtUtc = now;
        var set = await db.StandardSets.FirstAsync(s => s.Code == round.StandardCode, ct);
        set.LockedAtUtc ??= now;
        db.AuditActor = scope.UserName;
        await db.SaveChangesAsync(ct); // one SaveChanges: one transaction
        return round.Id;
    }
}
