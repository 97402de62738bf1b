namespace Portal.Workflows.Scoring;

/// <summary>
/// Why an input is refused: the criterion (and part) and the field concerned, and a message that names both.
/// <see cref="CriterionNo"/> is null for a problem of the input as a whole, such as its category.
/// </summary>
public sealed record ScoreInputProblem(string? CriterionNo, string? PartCode, string Field, string Message)
{
    public override string ToString() => Message;
}
