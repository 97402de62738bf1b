namespace Portal.Workflows.Scoring;

/// <summary>
/// Applies the pass rules. Every failed rule is reported, once per criterion it concerns, so a commune sees all it
/// must fix rather than only the first thing.
/// </summary>
internal static class VerdictRules
{
    public static (Verdict Verdict, List<string> Reasons) Decide(
        StandardSet set, CommuneCategory category, IReadOnlyList<CriterionScore> scores, int total, IReadOnlyList<string> missing)
    {
        // A provisional total cannot pass or fail: the missing list already says why there is no verdict.
        if (missing.Count > 0) return (Verdict.Incomplete, []);

        var reasons = new List<string>();
        var minTotal = category.MinTotal!.Value;
        if (total < minTotal) reasons.Add(ScoringMessages.TotalBelowMinimum(total, minTotal, category.Code));
        if (set.PassRules.NoZeroCriterion == true)
        {
            reasons.AddRange(scores.Where(s => s.Points == 0).Select(s => ScoringMessages.CriterionScoredZero(s.No)));
        }
        if (set.PassRules.AllCriteriaAchieved == true)
        {
            for (var i = 0; i < scores.Count; i++)
            {
                if (scores[i].Achieved == false)
                {
                    reasons.Add(ScoringMessages.CriterionNotAchieved(scores[i].No, scores[i].Points!.Value, set.Criteria[i].AchievedAt!.Value));
                }
            }
        }
        return (reasons.Count == 0 ? Verdict.Recognized : Verdict.NotRecognized, reasons);
    }
}
