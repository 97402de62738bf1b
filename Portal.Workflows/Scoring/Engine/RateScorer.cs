namespace Portal.Workflows.Scoring;

/// <summary>Scores a <c>rate</c>: checks numerator and denominator, handles "no cases", then reads the bands exactly.</summary>
internal static class RateScorer
{
    public static RuleOutcome Score(
        RateRule rule, int? maxPoints, CriterionInput input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (input.Numerator is null) problems.Add(subject.Problem(InputFieldNames.Numerator, ScoringMessages.MissingField));
        if (input.Denominator is null) problems.Add(subject.Problem(InputFieldNames.Denominator, ScoringMessages.MissingField));
        if (input.Numerator is not { } numerator || input.Denominator is not { } denominator) return RuleOutcome.Unknown;
        if (numerator > denominator)
        {
            problems.Add(subject.Problem(InputFieldNames.Numerator, (s, f) => ScoringMessages.NumeratorAboveDenominator(s, f, numerator, denominator)));
            return RuleOutcome.Unknown;
        }
        if (denominator == 0)
        {
            return ScoreNoCases(rule.WhenNoCases, maxPoints, subject, problems);
        }
        var rate = new ExactRate(numerator, denominator);
        var points = BandScorer.Points(rule.HigherIsBetter, rule.Bands, rate.CompareTo);
        return new RuleOutcome(points, rate.DisplayPercent, []);
    }

    private static RuleOutcome ScoreNoCases(NoCasesPolicy? policy, int? maxPoints, InputSubject subject, List<ScoreInputProblem> problems)
    {
        switch (policy)
        {
            case NoCasesPolicy.Full:
                return RuleOutcome.Of(maxPoints);
            case NoCasesPolicy.Zero:
                return RuleOutcome.Of(0);
            case NoCasesPolicy.Invalid:
                problems.Add(subject.Problem(InputFieldNames.Denominator, ScoringMessages.NoCasesRefused));
                return RuleOutcome.Unknown;
            default:
                // whenNoCases is still unknown in an incomplete set: the points are unknown too (listed as missing).
                return RuleOutcome.Unknown;
        }
    }
}
