using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Texts;
using static Portal.Workflows.Dossiers.DossierTrigger;

namespace Portal.Workflows.Chains;

public sealed partial record ApprovalPolicy
{
    /// <summary>The role the round's closing acts in: no account has it, so no person takes that step on a dossier.</summary>
    public const string SystemRole = "System";

    /// <summary>
    /// The roles that may take a step (PORTAL-SPEC §2). Administrators and viewers take no step: administration is not
    /// part of the procedure, and viewers only read. Closing a round is the system's (or the province officer's on the
    /// round page), never a step on one dossier.
    /// </summary>
    public IReadOnlyList<string> RolesFor(DossierTrigger trigger) => trigger switch
    {
        // The commune officer does the commune's data entry, council, posting, submission and answers to returns.
        StartSelfAssessment or RecordCouncil or StartPosting or Submit or Resubmit => [PortalRoles.CommuneOfficer],
        // The request is the commune People's Committee's: its chairman signs it off, or decides not to propose.
        SignOffSubmission or Withdraw => [PortalRoles.CommuneLeader],
        // Checking, returning, appraising and answering an unanswered return belong to the appraising level's office.
        ReturnForSupplement or AcceptForAppraisal or SendToReviewCouncil or EndUnanswered => [AppraisingOfficer],
        // The decision is signed by the leader of the recognising level.
        Recognize or RefuseRecognition => [DecidingLeader],
        CloseRound => [SystemRole],
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "No roles defined for this step."),
    };

    // Ways out of the procedure are not the work a due date asks for: nobody is reminded to withdraw or to close.
    private static readonly DossierTrigger[] WaysOut = [Withdraw, EndUnanswered, CloseRound];

    /// <summary>
    /// The roles whose work the dossier waits for in the state: who a reminder goes to, whose queue it is in (the
    /// sign-off left out once given, the ways out left out always).
    /// </summary>
    public IReadOnlyList<string> ActingRoles(DossierState state, bool signedOff) =>
        DossierWorkflow.Transitions
            .Where(t => t.From == state && !WaysOut.Contains(t.Trigger) && !(t.Trigger == SignOffSubmission && signedOff))
            .SelectMany(t => RolesFor(t.Trigger)).Distinct().ToList();

    /// <summary>
    /// The role one level above the acting one, told when a due date is missed: the commune's supervisor is the
    /// appraising level's officer; the district's the province officer; at the province, the provincial leader.
    /// </summary>
    public string SupervisingRole(IReadOnlyList<string> acting)
    {
        ArgumentNullException.ThrowIfNull(acting);
        if (acting.Any(r => r is PortalRoles.CommuneOfficer or PortalRoles.CommuneLeader)) return AppraisingOfficer;
        if (acting.Any(r => r is PortalRoles.DistrictOfficer or PortalRoles.DistrictLeader)) return PortalRoles.ProvinceOfficer;
        return PortalRoles.ProvinceLeader;
    }

    /// <summary>The Article 6 reports of the chain: commune → district → province → ministry, or commune → province → ministry.</summary>
    public IReadOnlyList<ReportLevel> ReportLevels => Chain == ApprovalChain.TwoLevel
        ? [ReportLevel.Commune, ReportLevel.Province] : [ReportLevel.Commune, ReportLevel.District, ReportLevel.Province];

    /// <summary>The resource key that names who sends a report to whom in this chain ("xã gửi tỉnh" in two levels).</summary>
    public string ReportLevelKey(ReportLevel level) =>
        Chain == ApprovalChain.TwoLevel && level == ReportLevel.Commune ? "ReportLevel.Commune.TwoLevel" : "ReportLevel." + level;

    /// <summary>Who sends the report to whom, in the reader's language, naming the ministry as the round does.</summary>
    public string ReportLevelName(ReportLevel level, string? ministry) =>
        WorkflowText.Get(ReportLevelKey(level), string.IsNullOrWhiteSpace(ministry) ? WorkflowText.Get("Rounds.MinistryNotSet") : ministry);

    /// <summary>The same in Vietnamese (stored messages, official documents).</summary>
    public string ReportLevelNameVi(ReportLevel level, string? ministry) =>
        WorkflowText.Vi(ReportLevelKey(level), string.IsNullOrWhiteSpace(ministry) ? WorkflowText.Vi("Rounds.MinistryNotSet") : ministry);

    /// <summary>
    /// What is wrong with the settings for a round over a structure of <paramref name="structureLevels"/> levels: the chain
    /// must agree with the structure (2024 units: three levels; 2025: two), and every level named must exist in the chain,
    /// with the decision taken at or above the appraisal and the 5-year award at or above the 3-year one.
    /// </summary>
    public IReadOnlyList<string> Problems(int structureLevels)
    {
        var problems = new List<string>();
        if (ChainFor(structureLevels) != Chain)
            problems.Add(WorkflowText.Get(structureLevels == 2 ? "Chains.NeedsTwoLevels" : "Chains.NeedsThreeLevels"));
        if (new[] { AppraisingLevel, DecidingLevel, ThreeYears.Level, FiveYears.Level }.Any(l => !LevelsAbove.Contains(l)))
            problems.Add(WorkflowText.Get("Chains.LevelNotInChain"));
        // UnitLevel counts top-down (Province = 1): a higher level has a smaller number.
        if (DecidingLevel > AppraisingLevel) problems.Add(WorkflowText.Get("Chains.DecisionBelowAppraisal"));
        if (FiveYears.Level > ThreeYears.Level) problems.Add(WorkflowText.Get("Chains.FiveBelowThree"));
        if (!Enum.IsDefined(ThreeYears.Form) || !Enum.IsDefined(FiveYears.Form)) problems.Add(WorkflowText.Get("Rewards.FormRequired"));
        return problems;
    }
}
