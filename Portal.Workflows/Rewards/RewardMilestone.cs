using Portal.Data.Rewards;

namespace Portal.Workflows.Rewards;

/// <summary>
/// The provincial plan's milestones (PORTAL-SPEC P6): 3 consecutive recognised years (the district tier) and 5 (the
/// province tier), each proposed once per unbroken streak. Who decides each and with which usual form is the round's
/// approval chain (<see cref="Chains.ApprovalPolicy.Award"/>), not this table.
/// </summary>
public sealed record RewardMilestone(int Length, RewardLevel Level)
{
    public static readonly IReadOnlyList<RewardMilestone> All = [new(3, RewardLevel.District), new(5, RewardLevel.Province)];
}
