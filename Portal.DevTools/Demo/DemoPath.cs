using Portal.Data.Dossiers;
using static Portal.Workflows.Dossiers.DossierTrigger;
using Portal.Workflows.Dossiers;

namespace Portal.DevTools.Demo;

/// <summary>The steps a demo dossier took to reach its state, and the day (after the round opened) each was taken.</summary>
internal static class DemoPath
{
    public static IReadOnlyList<DossierTrigger> To(DossierState target, bool returned)
    {
        List<DossierTrigger> toSubmitted = [StartSelfAssessment, RecordCouncil, StartPosting, SignOffSubmission, Submit];
        if (returned) toSubmitted.AddRange([ReturnForSupplement, SignOffSubmission, Resubmit]);
        List<DossierTrigger> toReview = [.. toSubmitted, AcceptForAppraisal, SendToReviewCouncil];
        return target switch
        {
            DossierState.Registered => [],
            DossierState.SelfAssessing => [StartSelfAssessment],
            DossierState.CouncilHeld => [StartSelfAssessment, RecordCouncil],
            DossierState.Posted => [StartSelfAssessment, RecordCouncil, StartPosting],
            DossierState.Submitted => toSubmitted,
            DossierState.ReturnedForSupplement => [.. toSubmitted, ReturnForSupplement],
            DossierState.UnderAppraisal => [.. toSubmitted, AcceptForAppraisal],
            DossierState.AtReviewCouncil => toReview,
            DossierState.Recognized => [.. toReview, Recognize],
            DossierState.NotRecognized => [.. toReview, RefuseRecognition],
            DossierState.Withdrawn => [StartSelfAssessment, Withdraw],
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
        };
    }

    /// <summary>A commune that assessed itself fully and posted the result, then chose not to propose itself.</summary>
    public static IReadOnlyList<DossierTrigger> WithdrawnAfterPosting { get; } = [StartSelfAssessment, RecordCouncil, StartPosting, Withdraw];

    /// <summary>Days after the round opened, in the order of the procedure (sign-off and resubmission after a return later).</summary>
    public static int DayOf(DossierTrigger trigger, bool afterReturn) => trigger switch
    {
        StartSelfAssessment => 1,
        Withdraw => 6,
        RecordCouncil => 8,
        StartPosting => 9,
        SignOffSubmission => afterReturn ? 24 : 12,
        Submit => 19,
        ReturnForSupplement => 21,
        Resubmit => 25,
        AcceptForAppraisal => afterReturn ? 27 : 22,
        SendToReviewCouncil => 30,
        _ => 40,
    };
}
