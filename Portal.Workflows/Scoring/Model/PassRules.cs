namespace Portal.Workflows.Scoring;

/// <summary>The extra rules a dossier must meet beside the minimum total; <c>null</c> when not yet known.</summary>
public sealed record PassRules(bool? NoZeroCriterion, bool? AllCriteriaAchieved);
