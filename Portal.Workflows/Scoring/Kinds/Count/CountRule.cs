namespace Portal.Workflows.Scoring;

/// <summary><c>count</c>: points from <see cref="Bands"/> on a whole number of cases.</summary>
public sealed record CountRule(bool? HigherIsBetter, ValueList<Band>? Bands) : ScoringRule
{
    public override string Kind => CriterionKinds.Count;
}
