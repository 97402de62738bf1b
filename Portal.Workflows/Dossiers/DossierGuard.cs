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
}
