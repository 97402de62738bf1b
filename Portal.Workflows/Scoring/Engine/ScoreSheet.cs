namespace Portal.Workflows.Scoring;

/// <summary>
/// What scoring one input collects beside the points: every refusal (so all are reported together) and every unknown
/// value the input ran into (a band or item whose points the law does not give), which makes the result incomplete.
/// </summary>
internal sealed class ScoreSheet
{
    public List<ScoreInputProblem> Problems { get; } = [];

    public List<string> Missing { get; } = [];
}
