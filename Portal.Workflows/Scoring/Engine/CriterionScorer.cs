namespace Portal.Workflows.Scoring;

/// <summary>Scores one criterion: its points from its rule, then whether they reach <c>achievedAt</c>.</summary>
internal static class CriterionScorer
{
    public static CriterionScore Score(Criterion criterion, RuleSite site, CriterionInput? input, ScoreSheet sheet)
    {
        if (input is null)
        {
            // No input is not a refusal: the verdict becomes "incomplete" and the missing list names the criterion.
            return new CriterionScore(criterion.No, null, criterion.MaxPoints, null, null, []);
        }
        var outcome = RuleScorer.Score(criterion.Rule, site, input, sheet);
        // Unknown points are never "not achieved": achieved stays unknown with them.
        bool? achieved = outcome.Points is { } points && criterion.AchievedAt is { } achievedAt ? points >= achievedAt : null;
        return new CriterionScore(criterion.No, outcome.Points, criterion.MaxPoints, achieved, outcome.RatePercent, outcome.Parts);
    }
}
