namespace Portal.Workflows.Scoring;

/// <summary>Thrown when asked to score against a set that does not pass <see cref="StandardSetFormat.Validate"/>.</summary>
public sealed class InvalidStandardSetException : Exception
{
    public InvalidStandardSetException(string code, IReadOnlyList<SetProblem> problems)
        : base(ScoringMessages.SetDoesNotFollowFormat(code, problems.Count) + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<SetProblem> Problems { get; }
}
