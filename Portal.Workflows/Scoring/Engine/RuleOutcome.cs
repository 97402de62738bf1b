namespace Portal.Workflows.Scoring;

/// <summary>What a rule makes of an input: points (null when unknown), the displayed rate, and the parts' scores.</summary>
internal sealed record RuleOutcome(int? Points, decimal? RatePercent, IReadOnlyList<PartScore> Parts)
{
    public static RuleOutcome Unknown { get; } = new(null, null, []);

    public static RuleOutcome Of(int? points) => new(points, null, []);
}
