using Portal.Data.Accounts;
using Portal.Data.Rewards;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Dossiers;
using static Portal.Data.Units.UnitLevel;

namespace Portal.Workflows.Chains;

/// <summary>Who awards a milestone of consecutive recognised years (3 or 5): the leader of a level, and the usual form.</summary>
public sealed record MilestoneAward(int Length, UnitLevel Level, RewardForm Form);

/// <summary>
/// The approval chain of a round as one rule (PORTAL-SPEC §3; docs/decisions/0011-approval-chain-policy.md): the levels,
/// who checks and appraises, who decides and which unit issues the decision, who is told and who supervises, who awards
/// each milestone, and which reports go where. Built from the round's settings; the workflow, the edit rules, the queue,
/// the notifications, the rewards, the reports and the printed decision all ask it, and nothing else knows the chain.
/// </summary>
public sealed partial record ApprovalPolicy(
    ApprovalChain Chain,
    UnitLevel AppraisingLevel,
    UnitLevel DecidingLevel,
    MilestoneAward ThreeYears,
    MilestoneAward FiveYears,
    string? ConfirmedBasis)
{
    /// <summary>Where the three-level rules come from: the provincial plan the portal was built on (PORTAL-SPEC).</summary>
    public const string SeedPlanBasis = "Kế hoạch ban hành kèm theo Quyết định số 4779/QĐ-UBND ngày 25/9/2014";

    /// <summary>
    /// The rules a new round starts from. Three levels: the plan's (district appraises and recognises, the district
    /// chairman's giấy khen at 3 years, the province chairman's bằng khen at 5). Two levels: the province takes the
    /// district's part — the province's own configuration, not checked against a legal text until it confirms one.
    /// </summary>
    public static ApprovalPolicy Default(ApprovalChain chain) => chain == ApprovalChain.TwoLevel
        ? new(chain, Province, Province, new(3, Province, RewardForm.GiayKhen), new(5, Province, RewardForm.BangKhen), null)
        : new(chain, District, District, new(3, District, RewardForm.GiayKhen), new(5, Province, RewardForm.BangKhen), null);

    public static ApprovalPolicy For(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return new(round.Chain, round.AppraisingLevel, round.DecidingLevel, new(3, round.ThreeYearLevel, round.ThreeYearForm),
            new(5, round.FiveYearLevel, round.FiveYearForm), round.ChainBasis);
    }

    /// <summary>Writes the settings onto a round (creation, or the province changing them).</summary>
    public void ApplyTo(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        (round.Chain, round.AppraisingLevel, round.DecidingLevel) = (Chain, AppraisingLevel, DecidingLevel);
        (round.ThreeYearLevel, round.ThreeYearForm, round.FiveYearLevel, round.FiveYearForm) = (ThreeYears.Level, ThreeYears.Form, FiveYears.Level, FiveYears.Form);
        round.ChainBasis = string.IsNullOrWhiteSpace(ConfirmedBasis) ? null : ConfirmedBasis.Trim();
    }

    /// <summary>The chain a unit structure calls for: 3 levels (2024) → three, 2 levels (2025) → two.</summary>
    public static ApprovalChain ChainFor(int structureLevels) => structureLevels == 2 ? ApprovalChain.TwoLevel : ApprovalChain.ThreeLevel;

    /// <summary>How many levels of the map the chain has (3 or 2).</summary>
    public int Levels => Chain == ApprovalChain.TwoLevel ? 2 : 3;

    /// <summary>The levels above the commune that exist in this chain, top first.</summary>
    public IReadOnlyList<UnitLevel> LevelsAbove => Chain == ApprovalChain.TwoLevel ? [Province] : [Province, District];

    /// <summary>The legal basis of the settings: the one the province confirmed, or the plan's for its own three-level rules.</summary>
    public string? Basis => !string.IsNullOrWhiteSpace(ConfirmedBasis) ? ConfirmedBasis
        : IsSeedThreeLevel ? SeedPlanBasis : null;

    /// <summary>False while the settings are the province's configuration, not yet checked against a legal basis.</summary>
    public bool Confirmed => Basis is not null;

    private bool IsSeedThreeLevel => this with { ConfirmedBasis = null } == Default(ApprovalChain.ThreeLevel);

    public IReadOnlyList<MilestoneAward> Awards => [ThreeYears, FiveYears];

    public MilestoneAward Award(int length) => Awards.FirstOrDefault(a => a.Length == length)
        ?? throw new ArgumentOutOfRangeException(nameof(length), length, "No milestone of this length.");

    public static string OfficerOf(UnitLevel level) => level == District ? PortalRoles.DistrictOfficer : PortalRoles.ProvinceOfficer;

    public static string LeaderOf(UnitLevel level) => level == District ? PortalRoles.DistrictLeader : PortalRoles.ProvinceLeader;

    /// <summary>The officer role that checks, returns and appraises dossiers.</summary>
    public string AppraisingOfficer => OfficerOf(AppraisingLevel);

    /// <summary>The leader role that signs the recognition decision.</summary>
    public string DecidingLeader => LeaderOf(DecidingLevel);

    /// <summary>The leader role that decides the reward of a milestone.</summary>
    public string RewardDecider(int length) => LeaderOf(Award(length).Level);

    /// <summary>The path of the commune's unit at <paramref name="level"/> (its district or province); null if it has none.</summary>
    public static string? UnitAbove(string communePath, UnitLevel level)
    {
        var above = UnitPaths.AncestorsOf(communePath);
        return level switch
        {
            Province when above.Count >= 1 => above[0],
            District when above.Count >= 2 => above[1],
            _ => null,
        };
    }

    /// <summary>The unit that issues the recognition decision for a commune (its People's Committee).</summary>
    public string? DecidingUnitPath(string communePath) => UnitAbove(communePath, DecidingLevel);

    /// <summary>The unit whose office appraises the commune's dossier.</summary>
    public string? AppraisingUnitPath(string communePath) => UnitAbove(communePath, AppraisingLevel);
}
