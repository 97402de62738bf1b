using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using static Portal.Data.Dossiers.DossierState;

namespace Portal.Workflows.Dossiers;

/// <summary>Which stage of the round, and so which due date, a dossier works towards in each state.</summary>
public static class DossierStages
{
    /// <summary>The stage whose due date a dossier in a state is working towards; null for final states.</summary>
    public static RoundStage? StageOf(DossierState state) => state switch
    {
        Registered or SelfAssessing or CouncilHeld => RoundStage.SelfAssessment,
        Posted or ReturnedForSupplement => RoundStage.Submission,
        Submitted => RoundStage.CompletenessCheck,
        UnderAppraisal => RoundStage.Appraisal,
        AtReviewCouncil => RoundStage.Decision,
        _ => null,
    };
}
