namespace Portal.Workflows.Scoring;

/// <summary>Scores a <c>parts</c> criterion: each part under its own rule, then their sum; a missing part makes it missing.</summary>
internal static class PartsScorer
{
    public static RuleOutcome Score(PartsRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet)
    {
        if (input.Parts is not { } partInputs)
        {
            sheet.Problems.Add(ScoringMessages.MissingField(site.Subject, InputFieldNames.Parts, null));
            return RuleOutcome.Unknown;
        }
        if (rule.Parts is not { } parts) return RuleOutcome.Unknown;
        var known = string.Join(", ", parts.Select(p => p.Code));
        foreach (var code in partInputs.Keys.Where(code => parts.All(p => p.Code != code)))
        {
            sheet.Problems.Add(ScoringMessages.UnknownPartCode(site.Subject, code, known));
        }
        var scores = parts.Select((part, k) => ScorePart(part, site.Part(part, k), partInputs.GetValueOrDefault(part.Code), sheet)).ToList();
        int? total = scores.All(s => s.Points is not null) ? scores.Sum(s => s.Points!.Value) : null;
        return new RuleOutcome(total, null, scores);
    }

    private static PartScore ScorePart(CriterionPart part, RuleSite site, CriterionInput? input, ScoreSheet sheet)
    {
        // A part without input is like a criterion without input: the result is incomplete, not refused.
        if (input is null) return new PartScore(part.Code, null, part.MaxPoints, null);
        var outcome = RuleScorer.Score(part.Rule, site, input, sheet);
        return new PartScore(part.Code, outcome.Points, part.MaxPoints, outcome.RatePercent);
    }
}
