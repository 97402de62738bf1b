namespace Portal.Workflows.Scoring;

/// <summary>The property names of an inputs file.</summary>
public static class InputFieldNames
{
    public const string Category = "category";
    public const string Criteria = "criteria";
    public const string Numerator = "numerator";
    public const string Denominator = "denominator";
    public const string Count = "count";
    public const string Items = "items";
    public const string Yes = "yes";
    public const string Parts = "parts";

    public static IReadOnlySet<string> CriterionFields { get; } =
        new HashSet<string> { Numerator, Denominator, Count, Items, Yes, Parts };

    /// <summary>The fields each kind reads; any other field on its input is refused.</summary>
    public static IReadOnlySet<string> FieldsOf(string kind) => kind switch
    {
        CriterionKinds.Rate => new HashSet<string> { Numerator, Denominator },
        CriterionKinds.Count => new HashSet<string> { Count },
        CriterionKinds.Checklist => new HashSet<string> { Items },
        CriterionKinds.YesNo => new HashSet<string> { Yes },
        CriterionKinds.Parts => new HashSet<string> { Parts },
        _ => CriterionFields,
    };
}
