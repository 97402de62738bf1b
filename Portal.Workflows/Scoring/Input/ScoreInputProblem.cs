namespace Portal.Workflows.Scoring;

/// <summary>
/// Why an input is refused: the criterion (and part) and the field concerned, and a message that names both.
/// <see cref="CriterionNo"/> is null for a problem of the input as a whole, such as its category.
/// <see cref="Message"/> names the field as the inputs file does (<c>trường "numerator"</c>), for the <c>score</c>
/// verb; <see cref="ForOfficials"/> names it as the set labels it ("Số trẻ em vi phạm pháp luật"), for the portal.
/// </summary>
public sealed record ScoreInputProblem(string? CriterionNo, string? PartCode, string Field, string Message)
{
    public string ForOfficials { get; init; } = Message;

    public override string ToString() => Message;
}
