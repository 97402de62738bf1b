namespace Portal.Workflows.Scoring;

/// <summary>
/// A standard set (bộ tiêu chí), format version 1. <c>null</c> in a nullable member means "unknown": allowed only
/// while <see cref="Complete"/> is false (see standard-set-format.md).
/// </summary>
public sealed record StandardSet(
    int Format,
    string Code,
    string? TitleVi,
    string? TitleEn,
    string? Basis,
    bool Illustrative,
    bool Complete,
    int? TotalPoints,
    ValueList<CommuneCategory> Categories,
    PassRules PassRules,
    ValueList<Criterion> Criteria)
{
    /// <summary>The only format version this code reads and writes.</summary>
    public const int SupportedFormat = 1;

    /// <summary>
    /// Portal extension <c>evaluationYears</c>: the calendar years in which the set evaluates (a text that names "years 2
    /// and 4 of the plan"); <c>null</c>, the default, means every year. Streaks count consecutive evaluation years.
    /// </summary>
    public ValueList<int>? EvaluationYears { get; init; }

    public bool EvaluatesEveryYear => EvaluationYears is null;

    /// <summary>Portal extension <c>legalBasis</c>: the instrument the set rests on, cited by decisions; null when not given.</summary>
    public LegalBasis? LegalBasis { get; init; }

    /// <summary>Whether <paramref name="year"/> is an evaluation year of the set.</summary>
    public bool Evaluates(int year) => EvaluationYears?.Contains(year) ?? true;

    public CommuneCategory? FindCategory(string code) => Categories.FirstOrDefault(c => c.Code == code);

    public Criterion? FindCriterion(string no) => Criteria.FirstOrDefault(c => c.No == no);
}
