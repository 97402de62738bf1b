namespace Portal.Workflows.Dossiers;

/// <summary>
/// The conditions a step may require. Each is a pure function of <see cref="DossierFacts"/> (and, for
/// <see cref="ReasonGiven"/>, of the reason given with the step); see <c>DossierWorkflow.Holds</c>. Its Vietnamese
/// label is the guard description in Stateless, so it shows in the diagram and in refusals.
/// </summary>
public enum DossierGuard
{
    InputsComplete,
    CouncilRecorded,
    PostingLastDaySet,
    PostingPeriodOver,
    HasRequestLetter,
    HasSelfAssessmentSheet,
    HasExplanatoryNotes,
    HasCouncilMinutes,
    LeaderSignedOff,
    NotYetSignedOff,
    AllCriteriaAppraised,
    ReviewCouncilRecorded,
    DecisionRecorded,
    ReasonGiven,
    /// <summary>The round's supplement due date has passed (the commune had until then to resubmit).</summary>
    SupplementDueDatePassed,
    /// <summary>No self-assessed figure changed since the return, or the council minutes were uploaded again after the change.</summary>
    CouncilMinutesRenewed,
    /// <summary>The round is being closed: only the closing moves an unfinished dossier to NotFinished.</summary>
    RoundClosing,
}
