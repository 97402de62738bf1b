using Portal.Workflows.Rewards;

namespace Portal.Workflows.Schedule;

/// <summary>Recomputes streaks and proposes the rewards reached; the unique proposal index keeps it idempotent.</summary>
public sealed class RecomputeStreaksJob(RewardService rewards) : IPortalJob
{
    public Task<int> RunAsync(CancellationToken ct = default) => rewards.RecomputeAsync(ct);
}
