using Microsoft.EntityFrameworkCore;
using Portal.Data.Rewards;

namespace Portal.Workflows.Rewards;

public sealed partial class RewardService
{
    /// <summary>
    /// Computes every commune's streaks and proposes the rewards they reach: a district proposal when a run reaches
    /// 3 years, a province proposal when it reaches 5, each once per run (keyed by its last year). Idempotent: a
    /// proposal that exists, whatever its status, is never created again. All new proposals are saved together; if
    /// another server saved the same ones meanwhile, the unique index refuses the save and one more pass finds them.
    /// Call it after a Recognize decision and from the scheduled job. Returns how many proposals it created.
    /// </summary>
    public async Task<int> RecomputeAsync(CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecomputeOnceAsync(ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Someone else created some of the same proposals first: read again.
            }
        }
    }

    private async Task<int> RecomputeOnceAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var communes = await RewardHistoryReader.ReadAsync(db, _ => true, ct);
        var existing = (await db.RewardProposals.AsNoTracking().Select(p => new { p.UnitId, p.Level, p.LastYear }).ToListAsync(ct))
            .Select(p => (p.UnitId, p.Level, p.LastYear)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var commune in communes)
        {
            foreach (var run in commune.Streaks.Runs)
            {
                foreach (var (milestone, years) in StreakCalculator.Milestones(run))
                {
                    if (!existing.Add((commune.UnitId, milestone.Level, years.LastYear!.Value))) continue;
                    db.RewardProposals.Add(new RewardProposal
                    {
                        UnitId = commune.UnitId, StreakLength = milestone.Length, Level = milestone.Level,
                        FirstYear = years.FirstYear!.Value, LastYear = years.LastYear.Value, Years = string.Join(',', years.Years),
                        Status = RewardStatus.Proposed, CreatedAtUtc = now,
                    });
                    added++;
                }
            }
        }
        if (added > 0) await db.SaveChangesAsync(ct); // one SaveChanges: one transaction
        return added;
    }
}
