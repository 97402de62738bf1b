namespace Portal.Workflows.Scoring;

/// <summary>
/// The points of one criterion, in the set's order. <see cref="Points"/> and <see cref="Achieved"/> are null when they
/// cannot be known (no input, or an unknown value in the set). <see cref="RatePercent"/> is for display only: it is
/// rounded to two decimals and was never used to score.
/// </summary>
public sealed record CriterionScore(
    string No,
    int? Points,
    int? MaxPoints,
    bool? Achieved,
    decimal? RatePercent,
    IReadOnlyList<PartScore> Parts);
