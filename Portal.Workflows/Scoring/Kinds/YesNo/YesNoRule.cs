namespace Portal.Workflows.Scoring;

/// <summary><c>yesno</c>: the criterion's maxPoints when the answer is yes, else 0.</summary>
public sealed record YesNoRule : ScoringRule
{
    public override string Kind => CriterionKinds.YesNo;
}
