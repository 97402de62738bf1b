namespace Portal.Workflows.Scoring;

/// <summary>
/// An input that the format refuses (a numerator above its denominator, a negative number, a missing field, an unknown
/// code or category…). Nothing from a refused input may be stored. Lists every problem found, not only the first.
/// </summary>
public sealed class ScoreInputException : Exception
{
    public ScoreInputException(IReadOnlyList<ScoreInputProblem> problems)
        : base(string.Join(" ", problems.Select(p => p.Message)))
    {
        Problems = problems;
    }

    public ScoreInputException(ScoreInputProblem problem)
        : this([problem])
    {
    }

    public IReadOnlyList<ScoreInputProblem> Problems { get; }
}
