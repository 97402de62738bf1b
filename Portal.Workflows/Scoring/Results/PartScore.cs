namespace Portal.Workflows.Scoring;

/// <summary>The points of one part of a <c>parts</c> criterion; <see cref="RatePercent"/> is for display only.</summary>
public sealed record PartScore(string Code, int? Points, int? MaxPoints, decimal? RatePercent);
