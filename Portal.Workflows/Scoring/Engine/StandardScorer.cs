namespace Portal.Workflows.Scoring;

/// <summary>
/// Scores a dossier's inputs against a standard set, exactly as the "Verdict" section of standard-set-format.md says.
/// Pure: no I/O, no clock, no state; the same set and input always give the same result.
/// </summary>
public static class StandardScorer
{
    /// <exception cref="InvalidStandardSetException">The set does not follow the format.</exception>
    /// <exception cref="ScoreInputException">The input is refused; every problem found is listed.</exception>
    public static ScoreResult Score(StandardSet set, ScoreInput input)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(input);
        // The scoring rules below rely on what the validator guarantees (bands match their direction, points within
        // maxPoints…), so a set that breaks the format is never scored.
        var setProblems = StandardSetFormat.Validate(set);
        if (setProblems.Count > 0) throw new InvalidStandardSetException(set.Code, setProblems);

        var sheet = new ScoreSheet();
        var category = set.FindCategory(input.Category);
        if (category is null)
        {
            sheet.Problems.Add(ScoringMessages.UnknownCategory(input.Category, string.Join(", ", set.Categories.Select(c => c.Code))));
        }
        foreach (var no in input.Criteria.Keys.Where(no => set.FindCriterion(no) is null))
        {
            sheet.Problems.Add(ScoringMessages.UnknownCriterion(no, set.Code));
        }
        var scores = set.Criteria
            .Select((c, i) => CriterionScorer.Score(c, RuleSite.Of(c, i), input.Criteria.GetValueOrDefault(c.No), sheet))
            .ToList();
        if (sheet.Problems.Count > 0 || category is null) throw new ScoreInputException(sheet.Problems);

        var missing = MissingValues.List(set, category, input);
        missing.AddRange(sheet.Missing);
        var total = scores.Sum(s => s.Points ?? 0);
        var (verdict, reasons) = VerdictRules.Decide(set, category, scores, total, missing);
        return new ScoreResult(set.Code, category.Code, total, set.TotalPoints, category.MinTotal, scores, verdict, reasons, missing);
    }
}
