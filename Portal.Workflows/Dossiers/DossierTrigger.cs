namespace Portal.Workflows.Dossiers;

/// <summary>
/// The steps people take on a dossier. Who may take each is <see cref="Chains.ApprovalPolicy.RolesFor"/>; where and under
/// which conditions is <see cref="DossierWorkflow.Transitions"/>. Stored in the dossier's history: append, never renumber.
/// </summary>
public enum DossierTrigger
{
    /// <summary>Registered → self-assessing.</summary>
    StartSelfAssessment = 0,
    /// <summary>Self-assessing → council held, once the commune council's meeting is recorded.</summary>
    RecordCouncil = 1,
    /// <summary>Council held → posted, for a posting period that ends on a set day.</summary>
    StartPosting = 2,
    /// <summary>
    /// The commune leader signs off the pending submission. It changes no state (an internal transition): the host
    /// records the sign-off, which <see cref="DossierFacts.LeaderSignedOff"/> then reports.
    /// </summary>
    SignOffSubmission = 3,
    /// <summary>Posted → submitted: the posting period is over and the complete, signed-off dossier goes up.</summary>
    Submit = 4,
    /// <summary>Submitted → returned for supplement, with a reason.</summary>
    ReturnForSupplement = 5,
    /// <summary>Returned → submitted again, once the commune has supplemented and re-signed it.</summary>
    Resubmit = 6,
    /// <summary>Submitted → under appraisal: the completeness check passed.</summary>
    AcceptForAppraisal = 7,
    /// <summary>Under appraisal → at the review council, once every criterion is appraised.</summary>
    SendToReviewCouncil = 8,
    /// <summary>At the review council → recognised, with the decision recorded.</summary>
    Recognize = 9,
    /// <summary>At the review council → not recognised, with the decision recorded and a reason.</summary>
    RefuseRecognition = 10,
    /// <summary>
    /// Before submission, or while returned for supplement → withdrawn: the commune will not propose itself, with a reason.
    /// </summary>
    Withdraw = 11,
    /// <summary>Any unfinished state → not finished: the round closed with no decision (the system, never a person's step).</summary>
    CloseRound = 12,
    /// <summary>
    /// Returned for supplement → not recognised: the commune did not resubmit by the round's supplement due date, and the
    /// appraising office ends the dossier with a written answer (the reason, printed).
    /// </summary>
    EndUnanswered = 13,
}

/// <summary>
/// Lines of a dossier's history that record a correction made beside the steps (the state does not change). Stored by
/// name in <c>DossierEvent.Trigger</c>, like the steps.
/// </summary>
public enum DossierRecord
{
    /// <summary>The appraising office corrected the posting dates after the posting had started, with a reason.</summary>
    CorrectPosting,
    /// <summary>The appraising office corrected the commune's category at the completeness check, with a reason.</summary>
    CorrectCategory,
}
