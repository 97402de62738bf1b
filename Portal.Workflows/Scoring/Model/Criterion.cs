namespace Portal.Workflows.Scoring;

/// <summary>
/// One criterion of a set. <see cref="Rule"/> holds the kind and its definition fields; it is <c>null</c> when the
/// kind itself is unknown (<c>"kind": null</c>).
/// </summary>
public sealed record Criterion(
    string No,
    string? NameVi,
    string? NameEn,
    int? MaxPoints,
    int? AchievedAt,
    ScoringRule? Rule)
{
    /// <summary>Used when a criterion omits <c>achievedAt</c>: any points above zero count as achieved.</summary>
    public const int DefaultAchievedAt = 1;
}
