namespace Portal.Workflows.Scoring;

/// <summary>Scores a <c>checklist</c>: the sum of the points of the items met, each counted once.</summary>
internal static class ChecklistScorer
{
    public static RuleOutcome Score(ChecklistRule rule, CriterionInput input, InputSubject subject, List<ScoreInputProblem> problems)
    {
        if (input.Items is not { } codes)
        {
            problems.Add(subject.Problem(InputFieldNames.Items, ScoringMessages.MissingField));
            return RuleOutcome.Unknown;
        }
        // With the items not yet known, the codes cannot be checked or scored; the missing list says why.
        if (rule.Items is not { } items) return RuleOutcome.Unknown;
        var byCode = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var known = string.Join(", ", items.Select(i => i.Code));
        foreach (var code in codes.Where(c => !byCode.ContainsKey(c)).Distinct())
        {
            problems.Add(subject.Problem(InputFieldNames.Items, (s, f) => ScoringMessages.UnknownItemCode(s, f, code, known)));
        }
        // The input is the set of items met: a code listed twice is still one item met.
        var met = codes.Where(byCode.ContainsKey).Distinct().Select(c => byCode[c].Points).ToList();
        return RuleOutcome.Of(met.Any(p => p is null) ? null : met.Sum(p => p!.Value));
    }
}
