using Microsoft.EntityFrameworkCore;
using Portal.Data.Rewards;
using Portal.Data;
using Portal.Workflows.Rewards;

namespace Portal.DevTools.Demo;

/// <summary>
/// In the demo, the rewards of streaks that ended before the last closed year were decided long ago: each gets a
/// decision (number, date, form, signer) so the rewards page shows decided proposals beside open ones. No amount is
/// entered: amounts are what a real decision says, and the demo has no real decision to read one from.
/// </summary>
internal static class DemoRewardDecisions
{
    public static async Task DecideEarlierAsync(IDbContextFactory<PortalDbContext> dbFactory, string provincePath, TimeProvider clock,
        CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var proposals = await db.RewardProposals.Include(p => p.Unit).ThenInclude(u => u!.Parent)
            .Where(p => p.Status == RewardStatus.Proposed && p.LastYear < DemoPlan.LastClosedYear && p.Unit!.Path.StartsWith(provincePath))
            .OrderBy(p => p.LastYear).ThenBy(p => p.Unit!.Path).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var number = 20;
        foreach (var p in proposals)
        {
            var district = p.Unit!.Parent!;
            var byDistrict = p.Level == RewardLevel.District;
            p.Status = RewardStatus.Decided;
            p.DecisionNumber = $"{number++}/QĐ-UBND";
            p.DecisionDate = byDistrict ? new DateOnly(p.LastYear + 1, 1, 15) : new DateOnly(p.LastYear + 1, 2, 20);
            p.Form = p.UsualForm;
            p.Signer = byDistrict ? DemoPeople.DistrictSigner(district) : DemoPeople.ProvinceSigner;
            p.DecidedBy = byDistrict ? DemoPeople.Leader(district) : DemoPeople.ProvinceLeader;
            p.DecidedAtUtc = now;
            p.Version++;
        }
        await db.SaveChangesAsync(ct);
    }
}
