using Portal.Data.Dossiers;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using static Portal.Workflows.Dossiers.DossierGuard;
using static Portal.Data.Dossiers.DossierState;
using static Portal.Workflows.Dossiers.DossierTrigger;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// The dossier workflow (PORTAL-SPEC §1 P5, §3; procedure of 34/2014 in standard-34-2014.md §5.2), defined here in
/// full: the steps, who takes each, and the guards. The state lives on the dossier entity: a machine is built over its
/// getter and setter for each operation (as in Stateless's BugTrackerExample), for one actor, round chain and facts
/// snapshot. The operations (check, fire, permitted steps, diagram) are in DossierWorkflow.Operations.cs.
/// </summary>
public sealed partial class DossierWorkflow
{
    // The four documents of the procedure, required on every submission (first and after a return).
    private static readonly DossierGuard[] FourDocuments =
        [HasRequestLetter, HasSelfAssessmentSheet, HasExplanatoryNotes, HasCouncilMinutes];

    /// <summary>Every step of the process, in the order of the procedure. Final states have none.</summary>
    public static readonly IReadOnlyList<DossierTransition> Transitions =
    [
        new(Registered, StartSelfAssessment, SelfAssessing, []),
        new(SelfAssessing, RecordCouncil, CouncilHeld, [InputsComplete, CouncilRecorded]),
        new(SelfAssessing, Withdraw, Withdrawn, [ReasonGiven]),
        new(CouncilHeld, StartPosting, Posted, [PostingLastDaySet]),
        // The leader may sign off while the posting runs; the officer submits once it is over.
        new(Posted, SignOffSubmission, Posted, [NotYetSignedOff]),
        new(Posted, Submit, Submitted, [PostingPeriodOver, .. FourDocuments, InputsComplete, LeaderSignedOff]),
        new(Posted, Withdraw, Withdrawn, [ReasonGiven]),
        // Completeness check: either back to the commune with a reason, or on to appraisal.
        new(Submitted, ReturnForSupplement, ReturnedForSupplement, [ReasonGiven]),
        new(Submitted, AcceptForAppraisal, UnderAppraisal, []),
        new(ReturnedForSupplement, SignOffSubmission, ReturnedForSupplement, [NotYetSignedOff]),
        new(ReturnedForSupplement, Resubmit, Submitted, [.. FourDocuments, InputsComplete, LeaderSignedOff]),
        new(UnderAppraisal, SendToReviewCouncil, AtReviewCouncil, [AllCriteriaAppraised]),
        new(AtReviewCouncil, Recognize, Recognized, [ReviewCouncilRecorded, DecisionRecorded]),
        new(AtReviewCouncil, RefuseRecognition, NotRecognized, [ReviewCouncilRecorded, DecisionRecorded, ReasonGiven]),
    ];

    /// <summary>
    /// The roles that may take a step in a round of the given chain (PORTAL-SPEC §2, §3). Administrators and viewers
    /// take no step: administration is not part of the procedure, and viewers only read.
    /// </summary>
    public static IReadOnlyList<string> RolesFor(DossierTrigger trigger, ApprovalChain chain) => trigger switch
    {
        // The commune officer does the commune's data entry, council, posting, submission and answers to returns.
        StartSelfAssessment or RecordCouncil or StartPosting or Submit or Resubmit => [PortalRoles.CommuneOfficer],
        // The request is the commune People's Committee's: its chairman signs it off, or decides not to propose.
        SignOffSubmission or Withdraw => [PortalRoles.CommuneLeader],
        // Checking, returning and appraising belong to the appraising level's office.
        ReturnForSupplement or AcceptForAppraisal or SendToReviewCouncil => [AppraisingOfficer(chain)],
        // The decision is signed by the leader of the recognising level.
        Recognize or RefuseRecognition => [DecidingLeader(chain)],
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "No roles defined for this step."),
    };

    // Since 1 July 2025 (two levels) there is no district: the province takes the district's part.
    private static string AppraisingOfficer(ApprovalChain chain) =>
        chain == ApprovalChain.TwoLevel ? PortalRoles.ProvinceOfficer : PortalRoles.DistrictOfficer;

    private static string DecidingLeader(ApprovalChain chain) =>
        chain == ApprovalChain.TwoLevel ? PortalRoles.ProvinceLeader : PortalRoles.DistrictLeader;

    /// <summary>Steps that take a reason (returned to the commune, kept in the history, printed on a refusal).</summary>
    public static bool NeedsReason(DossierTrigger trigger) =>
        Transitions.Any(t => t.Trigger == trigger && t.Guards.Contains(ReasonGiven));

    /// <summary>Whether a guard holds: a pure function of the facts and the reason given with the step.</summary>
    public static bool Holds(DossierGuard guard, DossierFacts facts, string? reason) => guard switch
    {
        InputsComplete => facts.InputsComplete,
        CouncilRecorded => facts.CouncilRecorded,
        // A posting whose last day is already past would be no posting at all (false while no day is set).
        PostingLastDaySet => facts.PostingLastDay >= facts.Today,
        // The last day still belongs to the posting: the public may object until it ends.
        PostingPeriodOver => facts.PostingLastDay < facts.Today,
        HasRequestLetter => facts.HasRequestLetter,
        HasSelfAssessmentSheet => facts.HasSelfAssessmentSheet,
        HasExplanatoryNotes => facts.HasExplanatoryNotes,
        HasCouncilMinutes => facts.HasCouncilMinutes,
        LeaderSignedOff => facts.LeaderSignedOff,
        // Signing twice would add nothing; hiding the step keeps it out of the leader's queue.
        NotYetSignedOff => !facts.LeaderSignedOff,
        AllCriteriaAppraised => facts.AllCriteriaAppraised,
        ReviewCouncilRecorded => facts.ReviewCouncilRecorded,
        DecisionRecorded => facts.DecisionRecorded,
        ReasonGiven => !string.IsNullOrWhiteSpace(reason),
        _ => throw new ArgumentOutOfRangeException(nameof(guard), guard, "Unknown guard."),
    };

    /// <summary>Configures the machine from <see cref="Transitions"/>, with each guard described by its Vietnamese label.</summary>
    private void Configure()
    {
        foreach (var step in Transitions)
        {
            var state = _machine.Configure(step.From);
            if (step.From == step.To)
            {
                // Stateless's internal transitions take one guard; the only such step (sign-off) has one.
                var guard = step.Guards.Count == 1
                    ? step.Guards[0]
                    : throw new InvalidOperationException($"{step.Trigger} in {step.From} must have exactly one guard.");
                state.InternalTransitionIf(step.Trigger, _ => Holds(guard, _facts, null), _ => { }, DossierLabels.Vi(guard));
            }
            else if (_reasonTriggers.TryGetValue(step.Trigger, out var withReason))
            {
                state.PermitIf(withReason, step.To, step.Guards
                    .Select(g => Tuple.Create<Func<string?, bool>, string>(reason => Holds(g, _facts, reason), DossierLabels.Vi(g)))
                    .ToArray());
            }
            else
            {
                state.PermitIf(step.Trigger, step.To, step.Guards
                    .Select(g => Tuple.Create<Func<bool>, string>(() => Holds(g, _facts, null), DossierLabels.Vi(g)))
                    .ToArray());
            }
        }
    }
}
