using Portal.Data.Dossiers;
using static Portal.Workflows.Dossiers.DossierGuard;
using static Portal.Data.Dossiers.DossierState;
using static Portal.Workflows.Dossiers.DossierTrigger;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// The dossier workflow (PORTAL-SPEC §1 P5, §3; procedure of 34/2014 in standard-34-2014.md §5.2), defined here in
/// full: the steps and the guards; who takes each is the round's approval chain (<see cref="Chains.ApprovalPolicy"/>).
/// The state lives on the dossier entity: a machine is built over its getter and setter for each operation (as in
/// Stateless's BugTrackerExample), for one actor, round policy and facts snapshot. The operations (check, fire, permitted
/// steps, diagram) are in DossierWorkflow.Operations.cs.
/// </summary>
public sealed partial class DossierWorkflow
{
    // The documents of the procedure required on every submission (first and after a return): the request letter, the
    // self-assessment sheet and the council minutes. The explanatory notes are "if any" (standard-34-2014.md §5.2).
    private static readonly DossierGuard[] RequiredDocuments = [HasRequestLetter, HasSelfAssessmentSheet, HasCouncilMinutes];

    // Every state a round's closing may find a dossier in: all but the final ones.
    private static readonly DossierState[] Unfinished =
        [Registered, SelfAssessing, CouncilHeld, Posted, Submitted, ReturnedForSupplement, UnderAppraisal, AtReviewCouncil];

    /// <summary>Every step of the process, in the order of the procedure. Final states have none.</summary>
    public static readonly IReadOnlyList<DossierTransition> Transitions =
    [
        new(Registered, StartSelfAssessment, SelfAssessing, []),
        new(Registered, Withdraw, Withdrawn, [ReasonGiven]),
        new(SelfAssessing, RecordCouncil, CouncilHeld, [InputsComplete, CouncilRecorded]),
        new(SelfAssessing, Withdraw, Withdrawn, [ReasonGiven]),
        new(CouncilHeld, StartPosting, Posted, [PostingLastDaySet]),
        new(CouncilHeld, Withdraw, Withdrawn, [ReasonGiven]),
        // The leader may sign off while the posting runs; the officer submits once it is over.
        new(Posted, SignOffSubmission, Posted, [NotYetSignedOff]),
        new(Posted, Submit, Submitted, [PostingPeriodOver, .. RequiredDocuments, InputsComplete, LeaderSignedOff]),
        new(Posted, Withdraw, Withdrawn, [ReasonGiven]),
        // Completeness check: either back to the commune with a reason, or on to appraisal.
        new(Submitted, ReturnForSupplement, ReturnedForSupplement, [ReasonGiven]),
        new(Submitted, AcceptForAppraisal, UnderAppraisal, []),
        new(ReturnedForSupplement, SignOffSubmission, ReturnedForSupplement, [NotYetSignedOff]),
        new(ReturnedForSupplement, Resubmit, Submitted, [.. RequiredDocuments, CouncilMinutesRenewed, InputsComplete, LeaderSignedOff]),
        // Ways out of a return: the commune withdraws, or it lets the supplement due date pass and gets a written answer.
        new(ReturnedForSupplement, Withdraw, Withdrawn, [ReasonGiven]),
        new(ReturnedForSupplement, EndUnanswered, NotRecognized, [SupplementDueDatePassed, ReasonGiven]),
        new(UnderAppraisal, SendToReviewCouncil, AtReviewCouncil, [AllCriteriaAppraised]),
        new(AtReviewCouncil, Recognize, Recognized, [ReviewCouncilRecorded, DecisionRecorded]),
        new(AtReviewCouncil, RefuseRecognition, NotRecognized, [ReviewCouncilRecorded, DecisionRecorded, ReasonGiven]),
        // A round that closes records, for every dossier without a decision, that the commune was not recognised that year.
        .. Unfinished.Select(s => new DossierTransition(s, CloseRound, NotFinished, [RoundClosing])),
    ];

    /// <summary>The final states: a dossier in one of them has its year decided (recognised or not).</summary>
    public static readonly IReadOnlySet<DossierState> FinalStates = new HashSet<DossierState> { Recognized, NotRecognized, Withdrawn, NotFinished };

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
        // The due date itself still belongs to the commune (false while the round has none).
        SupplementDueDatePassed => facts.SupplementDue < facts.Today,
        CouncilMinutesRenewed => facts.CouncilMinutesRenewed,
        RoundClosing => facts.RoundClosing,
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
                state.InternalTransitionIf(step.Trigger, _ => Holds(guard, _facts, null), _ => { }, Definition.Labels[guard]);
            }
            else if (_reasonTriggers.TryGetValue(step.Trigger, out var withReason))
            {
                state.PermitIf(withReason, step.To, step.Guards
                    .Select(g => Tuple.Create<Func<string?, bool>, string>(reason => Holds(g, _facts, reason), Definition.Labels[g]))
                    .ToArray());
            }
            else
            {
                state.PermitIf(step.Trigger, step.To, step.Guards
                    .Select(g => Tuple.Create<Func<bool>, string>(() => Holds(g, _facts, null), Definition.Labels[g]))
                    .ToArray());
            }
        }
    }
}
