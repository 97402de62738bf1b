namespace Portal.Workflows.Scoring;

/// <summary>
/// Turns one input into points under one rule (of a criterion or a part): the checks every kind shares, then the
/// kind's own scoring. Refusals go to the sheet so that all of them are reported together; a refused input's points
/// are never used.
/// </summary>
internal static class RuleScorer
{
    public static RuleOutcome Score(ScoringRule? rule, RuleSite site, CriterionInput input, ScoreSheet sheet)
    {
        var countBefore = sheet.Problems.Count;
        InputChecks.RejectNegatives(input, site.Subject, rule, sheet.Problems);
        if (rule is null) return RuleOutcome.Unknown;
        var kind = ScoringKinds.Of(rule);
        InputChecks.RejectFieldsNotFor(kind, input, site.Subject, sheet.Problems);
        return sheet.Problems.Count > countBefore ? RuleOutcome.Unknown : kind.Score(rule, site, input, sheet);
    }
}
