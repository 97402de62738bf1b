namespace Portal.Workflows.Scoring;

/// <summary>The data of one dossier to score: its commune category and an input per criterion, keyed by criterion <c>no</c>.</summary>
public sealed record ScoreInput(string Category, IReadOnlyDictionary<string, CriterionInput> Criteria);
