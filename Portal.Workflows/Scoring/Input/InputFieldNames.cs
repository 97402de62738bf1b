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
}
