namespace Portal.Workflows.Scoring;

/// <summary>
/// The outcome of loading a set file. <see cref="Set"/> is present exactly when there is no problem: a file with any
/// problem does not follow the format and is refused as a whole. Nulls in an incomplete set are not problems.
/// </summary>
public sealed record StandardSetLoadResult(StandardSet? Set, IReadOnlyList<SetProblem> Problems)
{
    public bool IsAccepted => Set is not null;

    internal static StandardSetLoadResult Refused(IReadOnlyList<SetProblem> problems) => new(null, problems);
}
