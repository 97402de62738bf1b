namespace Portal.Workflows.Scoring;

/// <summary>
/// Where a rule sits: its JSON path (for the set file's report), its criterion's or part's maxPoints, and the subject
/// an input for it belongs to (for messages to people).
/// </summary>
internal sealed record RuleSite(string Path, int? MaxPoints, InputSubject Subject, bool IsPart)
{
    public static RuleSite Of(Criterion criterion, int index) => new($"$.criteria[{index}]", criterion.MaxPoints, InputSubject.Of(criterion.No), false);

    /// <summary>How the missing list names what a value belongs to: "Tiêu chí 6" or "Tiêu chí 6, phần 6a".</summary>
    public string Owner => Subject.ToString();

    public string PathOf(string name) => $"{Path}.{name}";

    public RuleSite Part(CriterionPart part, int index) =>
        new($"{Path}.{FormatPropertyNames.Parts}[{index}]", part.MaxPoints, Subject.Part(part.Code), true);
}
