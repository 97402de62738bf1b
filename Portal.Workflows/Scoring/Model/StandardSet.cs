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

    public CommuneCategory? FindCategory(string code) => Categories.FirstOrDefault(c => c.Code == code);

    public Criterion? FindCriterion(string no) => Criteria.FirstOrDefault(c => c.No == no);
}
