namespace Portal.Workflows.Scoring;

/// <summary>Refusals that do not depend on how a kind scores: negative numbers, and fields the kind does not read.</summary>
internal static class InputChecks
{
    public static void RejectNegatives(CriterionInput input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        Reject(input.Numerator, InputFieldNames.Numerator);
        Reject(input.Denominator, InputFieldNames.Denominator);
        Reject(input.Count, InputFieldNames.Count);

        void Reject(long? value, string field)
        {
            if (value is { } number && number < 0)
            {
                problems.Add(subject.Problem(field, (s, f) => ScoringMessages.NegativeNumber(s, f, number)));
            }
        }
    }

    /// <summary>A field the kind does not read is most likely meant for another criterion: refuse rather than ignore it.</summary>
    public static void RejectFieldsNotFor(string kind, CriterionInput input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        var allowed = InputFieldNames.FieldsOf(kind);
        foreach (var field in input.PresentFields().Where(f => !allowed.Contains(f)))
        {
            problems.Add(subject.Problem(field, (s, f) => ScoringMessages.FieldNotForKind(s, f, kind)));
        }
    }
}
