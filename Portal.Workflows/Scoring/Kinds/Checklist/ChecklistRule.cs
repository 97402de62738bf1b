namespace Portal.Workflows.Scoring;

/// <summary><c>checklist</c>: the sum of the points of the items met.</summary>
public sealed record ChecklistRule(ValueList<ChecklistItem>? Items) : ScoringRule
{
    public override string Kind => CriterionKinds.Checklist;
}
