namespace Portal.Workflows.Scoring;

/// <summary>
/// Scores a <c>checklist</c>: the sum of the points of the items met, each counted once. An item met whose points
/// are unknown makes the criterion missing; items not met do not matter.
/// </summary>
internal static class ChecklistScorer
{
    public static RuleOutcome Score(ChecklistRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet)
    {
        if (input.Items is not { } codes)
        {
            sheet.Problems.Add(ScoringMessages.MissingField(site.Subject, InputFieldNames.Items, null));
            return RuleOutcome.Unknown;
        }
        // With the items not yet known, the codes cannot be checked or scored; the missing list says why.
        if (rule.Items is not { } items) return RuleOutcome.Unknown;
        var byCode = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var known = string.Join(", ", items.Select(i => i.Code));
        foreach (var code in codes.Where(c => !byCode.ContainsKey(c)).Distinct())
        {
            sheet.Problems.Add(ScoringMessages.UnknownItemCode(site.Subject, code, known));
        }
        // The input is the set of items met: a code listed twice is still one item met.
        var met = codes.Where(byCode.ContainsKey).Distinct().Select(c => byCode[c]).ToList();
        foreach (var unknown in met.Where(i => i.Points is null))
        {
            sheet.Missing.Add(ScoringMessages.ItemPointsUnknown(site.Owner, unknown.Code));
        }
        return RuleOutcome.Of(met.Any(i => i.Points is null) ? null : met.Sum(i => i.Points!.Value));
    }
}
