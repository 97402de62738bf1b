namespace Portal.Workflows.Scoring;

/// <summary>One entry of an inputs file: <see cref="Input"/> when it could be read, else the reason in <see cref="Refusal"/>.</summary>
public sealed record ScoreInputEntry(ScoreInput? Input, ScoreInputException? Refusal);
