namespace Portal.Workflows.Scoring;

/// <summary>The names of a rate's two inputs in the reader's language, or the generic "Tử số" / "Mẫu số" when the set gives none.</summary>
public static class RateLabels
{
    public static string NumeratorLabel(this RateRule? rule) =>
        ScoringMessages.Pick(rule?.NumeratorVi, rule?.NumeratorEn) ?? ScoringMessages.FieldLabel(InputFieldNames.Numerator);

    public static string DenominatorLabel(this RateRule? rule) =>
        ScoringMessages.Pick(rule?.DenominatorVi, rule?.DenominatorEn) ?? ScoringMessages.FieldLabel(InputFieldNames.Denominator);
}
