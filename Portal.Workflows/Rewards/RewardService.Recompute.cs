using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Rewards;
using Portal.Workflows.Chains;

namespace Portal.Workflows.Rewards;

public sealed partial class RewardService
{
    /// <summary>
    /// Computes every commune's streaks and proposes the rewards they reach: a district proposal when a run reaches
    /// 3 years, a province proposal when it reaches 5, each once per run (keyed by its last year). Idempotent: a
    /// proposal that exists, whatever its status, is never created again. All new proposals are saved together; if
    /// another server saved the same ones meanwhile, the unique index refuses the save and one more pass finds them.
    /// The scheduled job's work; a recognition proposes its own commune's rewards in its step (<see cref="RecognitionRewards"/>).
    /// Returns how many proposals it created.
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
        var added = await AddReachedAsync(db, communes, db.RewardProposals, clock.GetUtcNow().UtcDateTime, ct);
        if (added > 0) await db.SaveChangesAsync(ct); // one SaveChanges: one transaction
        return added;
    }

    /// <summary>
    /// Adds (unsaved) the proposals the communes' runs reach and <paramref name="existing"/> does not hold yet. Who decides
    /// and the usual form come from the chain of the round of the milestone's last year. A milestone that lies wholly in
    /// years inherited from predecessors was theirs to reach: it is not proposed again for their successor.
    /// </summary>
    internal static async Task<int> AddReachedAsync(PortalDbContext db, IEnumerable<CommuneStreaks> communes,
        IQueryable<RewardProposal> existing, DateTime now, CancellationToken ct)
    {
        var known = (await existing.AsNoTracking().Select(p => new { p.UnitId, p.Level, p.LastYear }).ToListAsync(ct))
            .Select(p => (p.UnitId, p.Level, p.LastYear)).ToHashSet();
        var added = 0;
        foreach (var commune in communes)
        {
            foreach (var run in commune.Streaks.Runs)
            {
                foreach (var (milestone, years) in StreakCalculator.Milestones(run))
                {
                    if (years.LastYear < commune.InheritedBefore) continue;
                    if (!known.Add((commune.UnitId, milestone.Level, years.LastYear!.Value))) continue;
                    var award = commune.Policies.GetValueOrDefault(years.LastYear.Value, ApprovalPolicy.Default(Data.Rounds.ApprovalChain.ThreeLevel))
                        .Award(milestone.Length);
                    db.RewardProposals.Add(new RewardProposal
                    {
                        UnitId = commune.UnitId, StreakLength = milestone.Length, Level = milestone.Level,
                        DeciderLevel = award.Level, UsualForm = award.Form,
                        FirstYear = years.FirstYear!.Value, LastYear = years.LastYear.Value, Years = string.Join(',', years.Years),
                        Status = RewardStatus.Proposed, CreatedAtUtc = now,
                    });
                    added++;
                }
            }
        }
        return added;
    }
}
