namespace Portal.Workflows.Scoring;

/// <summary>The kind names used in the <c>kind</c> property of the format.</summary>
public static class CriterionKinds
{
    public const string Rate = "rate";
    public const string Count = "count";
    public const string Checklist = "checklist";
    public const string YesNo = "yesno";
    public const string Parts = "parts";

    public static IReadOnlyList<string> All { get; } = [Rate, Count, Checklist, YesNo, Parts];
}
