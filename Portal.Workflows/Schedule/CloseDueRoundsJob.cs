using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rounds;

namespace Portal.Workflows.Schedule;

/// <summary>
/// Closes every round whose decision due date plus grace period has passed (as the system): its dossiers without a
/// decision end as not finished, so a year in which a commune did not finish breaks its streak. Idempotent.
/// </summary>
public sealed class CloseDueRoundsJob(IDbContextFactory<PortalDbContext> dbFactory, RoundClosing closing, TimeProvider clock) : IPortalJob
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = PortalClock.Today(clock);
        List<Round> candidates;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            candidates = await db.Rounds.AsNoTracking().Include(r => r.Deadlines).Where(r => r.Status != RoundStatus.Closed).ToListAsync(ct);
        var closed = 0;
        foreach (var round in candidates.Where(r => RoundClosing.ClosesAfter(r) < today))
            if ((await closing.CloseAsync(UserScope.System, round.Id, ct)).Succeeded) closed++;
        return closed;
    }
}
