namespace Portal.Workflows.Scoring;

/// <summary><c>parts</c>: the sum of the points of the sub-criteria.</summary>
public sealed record PartsRule(ValueList<CriterionPart>? Parts) : ScoringRule
{
    public override string Kind => CriterionKinds.Parts;
}
