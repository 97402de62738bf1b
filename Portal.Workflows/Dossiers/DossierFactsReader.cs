using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Reads the guards' facts off a loaded dossier (with its round's due dates, criteria and files) and its scores. A step
/// loads only the parts its guards read (<see cref="PartsFor"/>): the facts of a part not loaded mean nothing, and no
/// guard of that step asks for them.
/// </summary>
public static class DossierFactsReader
{
    /// <summary>What of the dossier a guard reads beyond its row and round. Every guard is listed: a new one must say.</summary>
    public static DossierParts PartsFor(DossierGuard guard) => guard switch
    {
        DossierGuard.InputsComplete or DossierGuard.AllCriteriaAppraised => DossierParts.Criteria,
        DossierGuard.HasRequestLetter or DossierGuard.HasSelfAssessmentSheet or DossierGuard.HasExplanatoryNotes
            or DossierGuard.HasCouncilMinutes => DossierParts.Files,
        DossierGuard.CouncilMinutesRenewed => DossierParts.Criteria | DossierParts.Files,
        DossierGuard.CouncilRecorded or DossierGuard.PostingLastDaySet or DossierGuard.PostingPeriodOver or DossierGuard.LeaderSignedOff
            or DossierGuard.NotYetSignedOff or DossierGuard.ReviewCouncilRecorded or DossierGuard.DecisionRecorded or DossierGuard.ReasonGiven
            or DossierGuard.SupplementDueDatePassed or DossierGuard.RoundClosing => DossierParts.None,
        _ => throw new ArgumentOutOfRangeException(nameof(guard), guard, "Say which parts of the dossier this guard reads."),
    };

    /// <summary>The facts of <paramref name="d"/> on <paramref name="today"/>; <paramref name="scores"/> is null when the
    /// criteria are not loaded (the facts read from them are then false).</summary>
    public static DossierFacts Read(Dossier d, StandardSet set, DossierScores? scores, DateOnly today)
    {
        // Only a current version counts: a replaced or removed file is history.
        bool Has(DocumentKind kind) => d.Files.Any(f => f.Kind == kind && f.SupersededAtUtc is null);
        return new DossierFacts
        {
            Today = today,
            InputsComplete = scores is not null && scores.Self.Verdict != Verdict.Incomplete,
            CouncilRecorded = d.CouncilDate is not null && !string.IsNullOrWhiteSpace(d.CouncilResult),
            PostingLastDay = d.PostingLastDay,
            HasRequestLetter = Has(DocumentKind.RequestLetter),
            HasSelfAssessmentSheet = Has(DocumentKind.SelfAssessmentSheet),
            HasExplanatoryNotes = Has(DocumentKind.ExplanatoryNotes),
            HasCouncilMinutes = Has(DocumentKind.CouncilMinutes),
            LeaderSignedOff = d.LeaderSignedOffAtUtc is not null,
            AllCriteriaAppraised = scores is not null && scores.Appraised.Verdict != Verdict.Incomplete
                && set.Criteria.All(c => d.Criteria.Any(e => e.CriterionNo == c.No && e.AppraisedInputJson is not null)),
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
