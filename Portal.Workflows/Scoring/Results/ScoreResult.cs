namespace Portal.Workflows.Scoring;

/// <summary>
/// The score of one dossier against a set. <see cref="Total"/> adds up the points that could be computed: with the
/// verdict <see cref="Verdict.Incomplete"/> it is provisional and <see cref="Missing"/> says what is lacking.
/// </summary>
public sealed record ScoreResult(
    string Standard,
    string Category,
    int Total,
    int? MaxTotal,
    int? MinTotal,
    IReadOnlyList<CriterionScore> Criteria,
    Verdict Verdict,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Missing)
{
    public bool IsProvisional => Verdict == Verdict.Incomplete;
}
