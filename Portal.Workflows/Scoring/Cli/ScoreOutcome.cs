namespace Portal.Workflows.Scoring;

/// <summary>What the command prints for one input: its result, or the error that refused it.</summary>
public sealed record ScoreOutcome(ScoreResult? Result, string? Error)
{
    public bool IsRefused => Result is null;
}
