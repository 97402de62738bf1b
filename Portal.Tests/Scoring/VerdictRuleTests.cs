using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Each pass rule alone, on a small set where every total is reachable one point at a time.</summary>
[Trait("Category", "Unit")]
public sealed class VerdictRuleTests
{
    // Criterion 1: items worth 1, 2, 4, 8, 16 (any 0..31); criterion 2: yes/no worth 10. minTotal 25.
    private static readonly string Criteria = TestSets.Checklist("1", 1, 2, 4, 8, 16) + "," + TestSets.YesNo("2", 10);

    private static ScoreResult Score(StandardSet set, int checklistPoints, bool yes)
    {
        var codes = Enumerable.Range(0, 5).Where(bit => (checklistPoints & (1 << bit)) != 0).Select(bit => $"1-{bit}").ToArray();
        return StandardScorer.Score(set, TestSets.Input(("1", CriterionInput.ForItems(codes)), ("2", CriterionInput.ForYes(yes))));
    }

    [Fact]
    public void A_total_exactly_on_min_total_passes_and_one_point_below_fails()
    {
        var set = TestSets.Set(41, 25, Criteria);

        var onTheLine = Score(set, 15, yes: true);
        var oneBelow = Score(set, 14, yes: true);

        Assert.Equal((25, Verdict.Recognized), (onTheLine.Total, onTheLine.Verdict));
        Assert.Equal((24, Verdict.NotRecognized), (oneBelow.Total, oneBelow.Verdict));
        Assert.Equal(ScoringMessages.TotalBelowMinimum(24, 25, "A"), Assert.Single(oneBelow.Reasons));
    }

    [Fact]
    public void A_zero_criterion_fails_only_the_rules_that_are_switched_on()
    {
        var neither = Score(TestSets.Set(41, 25, Criteria, noZero: false, allAchieved: false), 31, yes: false);
        var noZeroOnly = Score(TestSets.Set(41, 25, Criteria, noZero: true, allAchieved: false), 31, yes: false);
        var achievedOnly = Score(TestSets.Set(41, 25, Criteria, noZero: false, allAchieved: true), 31, yes: false);

        Assert.Equal((31, Verdict.Recognized), (neither.Total, neither.Verdict));
        Assert.Equal(ScoringMessages.CriterionScoredZero("2"), Assert.Single(noZeroOnly.Reasons));
        Assert.Equal(ScoringMessages.CriterionNotAchieved("2", 0, 1), Assert.Single(achievedOnly.Reasons));
        Assert.Equal(Verdict.NotRecognized, noZeroOnly.Verdict);
        Assert.Equal(Verdict.NotRecognized, achievedOnly.Verdict);
    }

    [Fact]
    public void Every_failed_rule_is_listed_each_naming_its_criterion()
    {
        var result = Score(TestSets.Set(41, 25, Criteria), 0, yes: false);

        Assert.Equal(Verdict.NotRecognized, result.Verdict);
        Assert.Equal(
            [
                ScoringMessages.TotalBelowMinimum(0, 25, "A"),
                ScoringMessages.CriterionScoredZero("1"),
                ScoringMessages.CriterionScoredZero("2"),
                ScoringMessages.CriterionNotAchieved("1", 0, 1),
                ScoringMessages.CriterionNotAchieved("2", 0, 1),
            ],
            result.Reasons);
    }

    [Fact]
    public void The_result_keeps_the_sets_criterion_order_whatever_the_input_order()
    {
        var set = TestSets.Set(41, 25, TestSets.YesNo("2", 10) + "," + TestSets.Checklist("1", 1, 2, 4, 8, 16));

        var result = StandardScorer.Score(set, TestSets.Input(("1", CriterionInput.ForItems("1-4")), ("2", CriterionInput.ForYes(true))));

        Assert.Equal(["2", "1"], result.Criteria.Select(c => c.No));
        Assert.Equal([10, 16], result.Criteria.Select(c => c.Points!.Value));
        Assert.Equal(26, result.Total);
    }
}
