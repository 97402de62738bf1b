using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data.Rewards;

namespace Portal.DevTools.Demo;

/// <summary>
/// In the demo, the rewards of streaks that ended before the last closed year were decided long ago: each is decided
/// through the reward service by its leader (the district's for 3 years, the province's for 5), on the demo clock moved
/// to the decision's day, so the rewards page shows decided proposals beside open ones. No amount is entered: amounts
/// are what a real decision says, and the demo has no real decision to read one from.
/// </summary>
internal static class DemoRewardDecisions
{
    public static async Task DecideEarlierAsync(DemoServices services, DemoActors actors, string provincePath, DateTimeOffset latest,
        CancellationToken ct)
    {
        List<RewardProposal> proposals;
        await using (var db = await services.Database.CreateDbContextAsync(ct))
            proposals = await db.RewardProposals.AsNoTracking().Include(p => p.Unit).ThenInclude(u => u!.Parent)
                .Where(p => p.Status == RewardStatus.Proposed && p.LastYear < DemoPlan.LastClosedYear && p.Unit!.Path.StartsWith(provincePath))
                .OrderBy(p => p.LastYear).ThenBy(p => p.Unit!.Path).ToListAsync(ct);
        var number = 20;
        foreach (var p in proposals)
        {
            var byDistrict = p.Level == RewardLevel.District;
            var day = byDistrict ? new DateOnly(p.LastYear + 1, 1, 15) : new DateOnly(p.LastYear + 1, 2, 20);
            new DemoTimeline(services.Clock, latest).MoveTo(day);
            var (leader, signer) = byDistrict
                ? (actors.For(PortalRoles.DistrictLeader, p.Unit!), DemoPeople.DistrictSigner(p.Unit!.Parent!))
                : (actors.Province(PortalRoles.ProvinceLeader), DemoPeople.ProvinceSigner);
            var outcome = await services.Rewards.DecideAsync(leader, p.Id, $"{number++}/QĐ-UBND", day, p.UsualForm,
                amountVnd: null, signer, ct);
            if (!outcome.Succeeded)
                throw new InvalidOperationException($"Demo: deciding the reward of {p.Unit!.Name} ({p.Years}) was {outcome.Kind}: {string.Join(" ", outcome.Errors)}");
        }
    }
}
