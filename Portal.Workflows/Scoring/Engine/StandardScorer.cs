namespace Portal.Workflows.Scoring;

/// <summary>
/// Scores a dossier's inputs against a standard set, exactly as the "Verdict" section of standard-set-format.md says.
/// Pure: no I/O, no clock, no state; the same set and input always give the same result.
/// </summary>
public static class StandardScorer
{
    /// <exception cref="InvalidStandardSetException">The set does not pass <see cref="StandardSetValidator"/>.</exception>
    /// <exception cref="ScoreInputException">The input is refused; every problem found is listed.</exception>
    public static ScoreResult Score(StandardSet set, ScoreInput input)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(input);
        // The scoring rules below rely on what the validator guarantees (bands match their direction, points within
        // maxPoints…), so a set that breaks the format is never scored.
        var setProblems = StandardSetValidator.Validate(set);
        if (setProblems.Count > 0) throw new InvalidStandardSetException(set.Code, setProblems);

        var problems = new List<ScoreInputProblem>();
        var category = set.FindCategory(input.Category);
        if (category is null)
        {
            var known = string.Join(", ", set.Categories.Select(c => c.Code));
            problems.Add(new ScoreInputProblem(null, null, InputFieldNames.Category, ScoringMessages.UnknownCategory(input.Category, known)));
        }
        foreach (var no in input.Criteria.Keys.Where(no => set.FindCriterion(no) is null))
        {
            problems.Add(new ScoreInputProblem(no, null, InputFieldNames.Criteria, ScoringMessages.UnknownCriterion(no, set.Code)));
        }
        var scores = set.Criteria.Select(c => CriterionScorer.Score(c, input.Criteria.GetValueOrDefault(c.No), problems)).ToList();
        if (problems.Count > 0 || category is null) throw new ScoreInputException(problems);

        var missing = MissingValues.List(set, category, input);
        var total = scores.Sum(s => s.Points ?? 0);
        var (verdict, reasons) = VerdictRules.Decide(set, category, scores, total, missing);
        return new ScoreResult(set.Code, category.Code, total, set.TotalPoints, category.MinTotal, scores, verdict, reasons, missing);
    }
}
