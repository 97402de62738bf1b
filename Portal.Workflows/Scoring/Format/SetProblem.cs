namespace Portal.Workflows.Scoring;

/// <summary>One way a set file breaks the format: where (a JSON path such as <c>$.criteria[3].bands[1].points</c>) and what.</summary>
public sealed record SetProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
