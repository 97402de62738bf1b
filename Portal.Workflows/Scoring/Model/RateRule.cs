namespace Portal.Workflows.Scoring;

/// <summary>
/// <c>rate</c>: points from <see cref="Bands"/> on the percentage 100 × numerator / denominator.
/// <see cref="WhenNoCases"/> is <see cref="NoCasesPolicy.Invalid"/> when the file omits it, <c>null</c> when the file
/// says it is unknown.
/// </summary>
public sealed record RateRule(bool? HigherIsBetter, ValueList<Band>? Bands, NoCasesPolicy? WhenNoCases) : ScoringRule
{
    public override string Kind => CriterionKinds.Rate;
}
