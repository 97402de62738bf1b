namespace Portal.Workflows.Scoring;

/// <summary>
/// The input for one criterion or part. Which fields are needed depends on the criterion's kind, which the input does
/// not know; the scorer refuses an input whose fields do not fit the kind.
/// </summary>
public sealed record CriterionInput
{
    public long? Numerator { get; init; }

    public long? Denominator { get; init; }

    public long? Count { get; init; }

    /// <summary>The codes of the checklist items met.</summary>
    public IReadOnlyList<string>? Items { get; init; }

    public bool? Yes { get; init; }

    /// <summary>The inputs of the parts, keyed by part code.</summary>
    public IReadOnlyDictionary<string, CriterionInput>? Parts { get; init; }

    public static CriterionInput ForRate(long numerator, long denominator) => new() { Numerator = numerator, Denominator = denominator };

    public static CriterionInput ForCount(long count) => new() { Count = count };

    public static CriterionInput ForItems(params string[] codes) => new() { Items = codes };

    public static CriterionInput ForYes(bool yes) => new() { Yes = yes };

    public static CriterionInput ForParts(IReadOnlyDictionary<string, CriterionInput> parts) => new() { Parts = parts };

    /// <summary>The names of the fields that are set, in the format's spelling, to refuse those a kind does not use.</summary>
    public IEnumerable<string> PresentFields()
    {
        if (Numerator is not null) yield return InputFieldNames.Numerator;
        if (Denominator is not null) yield return InputFieldNames.Denominator;
        if (Count is not null) yield return InputFieldNames.Count;
        if (Items is not null) yield return InputFieldNames.Items;
        if (Yes is not null) yield return InputFieldNames.Yes;
        if (Parts is not null) yield return InputFieldNames.Parts;
    }
}
