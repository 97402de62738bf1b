namespace Portal.Workflows.Scoring;

/// <summary>Scores a <c>rate</c>: checks numerator and denominator, handles "no cases", then reads the bands exactly.</summary>
internal static class RateScorer
{
    public static RuleOutcome Score(RateRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet)
    {
        var subject = site.Subject;
        if (input.Numerator is null) sheet.Problems.Add(ScoringMessages.MissingField(subject, InputFieldNames.Numerator, rule.NumeratorLabel()));
        if (input.Denominator is null) sheet.Problems.Add(ScoringMessages.MissingField(subject, InputFieldNames.Denominator, rule.DenominatorLabel()));
        if (input.Numerator is not { } numerator || input.Denominator is not { } denominator) return RuleOutcome.Unknown;
        if (numerator > denominator)
        {
            sheet.Problems.Add(ScoringMessages.NumeratorAboveDenominator(subject, rule, numerator, denominator));
            return RuleOutcome.Unknown;
        }
        if (denominator == 0)
        {
            return ScoreNoCases(rule, site, sheet);
        }
        var rate = new ExactRate(numerator, denominator);
        var shown = ScoringMessages.Percent(rate.DisplayPercent);
        var points = BandScorer.Points(rule.HigherIsBetter, rule.Bands, rate.CompareTo, site, sheet, shown);
        return new RuleOutcome(points, rate.DisplayPercent, []);
    }

    private static RuleOutcome ScoreNoCases(RateRule rule, RuleSite site, ScoreSheet sheet)
    {
        switch (rule.WhenNoCases)
        {
            case NoCasesPolicy.Full:
                return RuleOutcome.Of(site.MaxPoints);
            case NoCasesPolicy.Zero:
                return RuleOutcome.Of(0);
            case NoCasesPolicy.Invalid:
                sheet.Problems.Add(ScoringMessages.NoCasesRefused(site.Subject, rule));
                return RuleOutcome.Unknown;
            default:
                // whenNoCases is still unknown in an incomplete set: the points are unknown too (listed as missing).
                return RuleOutcome.Unknown;
        }
    }
}
