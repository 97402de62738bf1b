namespace Portal.Workflows.Scoring;

/// <summary>
/// <c>rate</c>: points from <see cref="Bands"/> on the percentage 100 × numerator / denominator.
/// <see cref="WhenNoCases"/> is <see cref="NoCasesPolicy.Invalid"/> when the file omits it, <c>null</c> when the file
/// says it is unknown. The optional labels say what to count, so a commune types the right number: for "children who
/// break the law" the numerator is those children, not the others.
/// </summary>
public sealed record RateRule(bool? HigherIsBetter, ValueList<Band>? Bands, NoCasesPolicy? WhenNoCases) : ScoringRule
{
    public override string Kind => CriterionKinds.Rate;

    /// <summary><c>numerator_vi</c>: what the numerator counts, e.g. "Số trẻ em vi phạm pháp luật, nghiện ma túy".</summary>
    public string? NumeratorVi { get; init; }

    public string? NumeratorEn { get; init; }

    /// <summary><c>denominator_vi</c>: what the denominator counts, e.g. "Tổng số trẻ em".</summary>
    public string? DenominatorVi { get; init; }

    public string? DenominatorEn { get; init; }
}
