using Portal.Data.Accounts;
using Portal.Data.Rewards;

namespace Portal.Workflows.Rewards;

/// <summary>
/// The provincial plan's reward rules (PORTAL-SPEC P6): 3 consecutive recognised years → the district chairman
/// considers a reward; 5 → the province chairman. Each is proposed once per unbroken streak.
/// </summary>
public sealed record RewardMilestone(int Length, RewardLevel Level)
{
    public static readonly IReadOnlyList<RewardMilestone> All = [new(3, RewardLevel.District), new(5, RewardLevel.Province)];

    /// <summary>
    /// The role that decides a proposal of a level. Where the commune has no district (two-level structure since
    /// 1 July 2025) the province takes the district's part, as in the dossier workflow's two-level chain.
    /// </summary>
    public static string DecidingRole(RewardLevel level, bool communeHasDistrict) =>
        level == RewardLevel.District && communeHasDistrict ? PortalRoles.DistrictLeader : PortalRoles.ProvinceLeader;

    /// <summary>The form a leader of this level usually awards, offered first on the form (the person may change it).</summary>
    public static RewardForm UsualForm(RewardLevel level) => level == RewardLevel.District ? RewardForm.GiayKhen : RewardForm.BangKhen;
}
