using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;

namespace Portal.Workflows.Rewards;

/// <summary>
/// Streaks of recognised years and the reward proposals that follow from them (PORTAL-SPEC P6, §5 "recomputing streaks
/// and reward eligibility after decisions"). Reads go through the scope rule; decisions are the leaders' (see
/// RewardService.Decisions.cs); <see cref="RecomputeAsync"/> is the system's own job.
/// </summary>
public sealed partial class RewardService(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock)
{
    /// <summary>The communes in the user's scope whose current streak reaches <paramref name="minLength"/> years.</summary>
    public async Task<IReadOnlyList<CommuneStreaks>> StreaksAsync(UserScope scope, int minLength = 3, CancellationToken ct = default)
    {
        if (!scope.IsAuthenticated) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await RewardHistoryReader.ReadAsync(db, AccessPolicy.ReadableUnits(scope), ct);
        return all.Where(c => c.Streaks.Current.Length >= minLength)
            .OrderByDescending(c => c.Streaks.Current.Length).ThenBy(c => c.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>The proposals whose commune lies in the user's scope, open ones first, newest streak first.</summary>
    public async Task<IReadOnlyList<ProposalRow>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        if (!scope.IsAuthenticated) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = db.Units.Where(AccessPolicy.ReadableUnits(scope)).Select(u => u.Id);
        var rows = await db.RewardProposals.AsNoTracking().Where(p => units.Contains(p.UnitId))
            .OrderByDescending(p => p.LastYear).ThenBy(p => p.Unit!.Path)
            .Select(p => new { P = p, p.Unit!.Name, p.Unit.Path, Parent = p.Unit.Parent != null ? p.Unit.Parent.Name : null })
            .Take(2000).ToListAsync(ct);
        // Status is stored as text: open proposals are put first here, not by the database's string order.
        return rows.OrderBy(r => r.P.Status).Select(r => new ProposalRow(r.P.Id, r.P.UnitId, r.Name, r.Parent, r.P.StreakLength, r.P.YearList(), r.P.Level,
            r.P.Status, r.P.CreatedAtUtc, r.P.DecisionNumber, r.P.DecisionDate, r.P.Form, r.P.AmountVnd, r.P.Signer, r.P.DeclineReason,
            r.P.DecidedBy, r.P.Status == Data.Rewards.RewardStatus.Proposed && MayDecide(scope, r.P.DeciderLevel, r.Path))
        {
            DeciderLevel = r.P.DeciderLevel, UsualForm = r.P.UsualForm,
        }).ToList();
    }

    /// <summary>
    /// Only the leader of the level the round's chain gave the proposal to, with the commune in their scope, decides it:
    /// an administrator or another leader is refused.
    /// </summary>
    public static bool MayDecide(UserScope scope, UnitLevel deciderLevel, string communePath) =>
        AccessPolicy.CanChange(scope, communePath) && scope.IsInRole(ApprovalPolicy.LeaderOf(deciderLevel));
}
