namespace Portal.Workflows.Scoring;

/// <summary>
/// Turns one input into points under one rule (of a criterion or a part). Refusals go to <c>problems</c> so that all
/// of them are reported together; a refused input's points are never used.
/// </summary>
internal static class RuleScorer
{
    public static RuleOutcome Score(
        ScoringRule? rule, int? maxPoints, CriterionInput input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        var countBefore = problems.Count;
        InputChecks.RejectNegatives(input, subject, problems);
        if (rule is null) return RuleOutcome.Unknown;
        InputChecks.RejectFieldsNotFor(rule.Kind, input, subject, problems);
        if (problems.Count > countBefore) return RuleOutcome.Unknown;
        return rule switch
        {
            RateRule rate => RateScorer.Score(rate, maxPoints, input, subject, problems),
            CountRule count => ScoreCount(count, input, subject, problems),
            ChecklistRule checklist => ChecklistScorer.Score(checklist, input, subject, problems),
            PartsRule parts => PartsScorer.Score(parts, input, subject, problems),
            _ => ScoreYesNo(maxPoints, input, subject, problems),
        };
    }

    private static RuleOutcome ScoreCount(CountRule rule, CriterionInput input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (input.Count is not { } count)
        {
            problems.Add(subject.Problem(InputFieldNames.Count, ScoringMessages.MissingField));
            return RuleOutcome.Unknown;
        }
        // A whole number converts to decimal exactly, so the comparison with a threshold is exact.
        return RuleOutcome.Of(BandScorer.Points(rule.HigherIsBetter, rule.Bands, threshold => ((decimal)count).CompareTo(threshold)));
    }

    private static RuleOutcome ScoreYesNo(int? maxPoints, CriterionInput input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (input.Yes is not { } yes)
        {
            problems.Add(subject.Problem(InputFieldNames.Yes, ScoringMessages.MissingField));
            return RuleOutcome.Unknown;
        }
        return RuleOutcome.Of(yes ? maxPoints : 0);
    }
}
