using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Dossiers;

/// <summary>Reads the guards' facts off a loaded dossier (with its round's due dates, criteria and files) and its scores.</summary>
public static class DossierFactsReader
{
    public static DossierFacts Read(Dossier d, StandardSet set, DossierScores scores, DateOnly today)
    {
        // Only a current version counts: a replaced or removed file is history.
        bool Has(DocumentKind kind) => d.Files.Any(f => f.Kind == kind && f.SupersededAtUtc is null);
        return new DossierFacts
        {
            Today = today,
            InputsComplete = scores.Self.Verdict != Verdict.Incomplete,
            CouncilRecorded = d.CouncilDate is not null && !string.IsNullOrWhiteSpace(d.CouncilResult),
            PostingLastDay = d.PostingLastDay,
            HasRequestLetter = Has(DocumentKind.RequestLetter),
            HasSelfAssessmentSheet = Has(DocumentKind.SelfAssessmentSheet),
            HasExplanatoryNotes = Has(DocumentKind.ExplanatoryNotes),
            HasCouncilMinutes = Has(DocumentKind.CouncilMinutes),
            LeaderSignedOff = d.LeaderSignedOffAtUtc is not null,
            AllCriteriaAppraised = set.Criteria.All(c => d.Criteria.Any(e => e.CriterionNo == c.No && e.AppraisedInputJson is not null))
                && scores.Appraised.Verdict != Verdict.Incomplete,
            ReviewCouncilRecorded = d.ReviewCouncilDate is not null && !string.IsNullOrWhiteSpace(d.ReviewRecommendation),
            DecisionRecorded = !string.IsNullOrWhiteSpace(d.DecisionNumber) && d.DecisionDate is not null && !string.IsNullOrWhiteSpace(d.DecisionSigner),
            SupplementDue = d.Round?.Deadlines.FirstOrDefault(x => x.Stage == RoundStage.Supplement)?.DueDate,
            CouncilMinutesRenewed = CouncilMinutesRenewed(d),
        };
    }

    /// <summary>The self-assessed figures that differ from those the dossier was last returned with.</summary>
    public static IEnumerable<CriterionEntry> ChangedSinceReturn(Dossier d) =>
        d.Criteria.Where(e => e.ReturnedSelfInputJson is not null && e.SelfInputJson != e.ReturnedSelfInputJson);

    /// <summary>A figure changed after a return changes what the council approved: its minutes must be uploaded again.</summary>
    private static bool CouncilMinutesRenewed(Dossier d)
    {
        var changedAt = ChangedSinceReturn(d).Max(e => e.SelfAtUtc);
        return changedAt is null || d.Files.Any(f => f.Kind == DocumentKind.CouncilMinutes && f.UploadedAtUtc >= changedAt);
    }
}
