namespace Portal.Workflows.Scoring;

/// <summary>Refusals that do not depend on how a kind scores: negative numbers, and fields the kind does not read.</summary>
internal static class InputChecks
{
    public static void RejectNegatives(CriterionInput input, InputSubject subject, ScoringRule? rule, List<ScoreInputProblem> problems)
    {
        var rate = rule as RateRule;
        Reject(input.Numerator, InputFieldNames.Numerator, rate?.NumeratorLabel());
        Reject(input.Denominator, InputFieldNames.Denominator, rate?.DenominatorLabel());
        Reject(input.Count, InputFieldNames.Count, null);

        void Reject(long? value, string field, string? label)
        {
            if (value is { } number && number < 0) problems.Add(ScoringMessages.NegativeNumber(subject, field, label, number));
        }
    }

    /// <summary>A field the kind does not read is most likely meant for another criterion: refuse rather than ignore it.</summary>
    public static void RejectFieldsNotFor(ScoringKind kind, CriterionInput input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        foreach (var field in input.PresentFields().Where(f => !kind.InputFields.Contains(f)))
        {
            problems.Add(ScoringMessages.FieldNotForKind(subject, field, kind.Name));
        }
    }
}
