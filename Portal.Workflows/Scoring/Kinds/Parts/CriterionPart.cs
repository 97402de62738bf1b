namespace Portal.Workflows.Scoring;

/// <summary>A sub-criterion of a <c>parts</c> criterion; its rule may be of any kind but <c>parts</c>.</summary>
public sealed record CriterionPart(string Code, string? NameVi, string? NameEn, int? MaxPoints, ScoringRule? Rule);
