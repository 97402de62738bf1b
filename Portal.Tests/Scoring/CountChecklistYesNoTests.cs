using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Counts (both directions, catch-all), checklists and yes/no criteria.</summary>
[Trait("Category", "Unit")]
public sealed class CountChecklistYesNoTests
{
    private static readonly StandardSet Demo = ShippedSets.Load(ShippedSets.Demo);

    // Criterion 3 of DEMO-06: lower is better, max 0 → 75, max 2 → 30.
    [Theory]
    [InlineData(0, 75)]
    [InlineData(1, 30)]
    [InlineData(2, 30)]    // exactly on a max
    [InlineData(3, 0)]     // above every max
    [InlineData(1000, 0)]
    public void Lower_is_better_count_on_and_off_each_max(long count, int expected)
    {
        var result = StandardScorer.Score(Demo, DemoInputs.BestCase().With("3", CriterionInput.ForCount(count)));

        Assert.Equal(expected, result.PointsOf("3"));
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 12)]
    [InlineData(2, 5)]     // just above max 1.5: only the catch-all is left
    [InlineData(1000000, 5)]
    public void A_null_max_is_a_catch_all_that_only_applies_when_no_other_band_does(long count, int expected)
    {
        var bands = """[{ "max": null, "points": 5 }, { "max": 0, "points": 20 }, { "max": 1.5, "points": 12 }]""";
        var set = TestSets.Single(TestSets.Count("1", 20, false, bands), 20);

        Assert.Equal(expected, TestSets.PointsOf(set, CriterionInput.ForCount(count)));
    }

    [Theory]
    [InlineData(0, 0)]     // below every min
    [InlineData(1, 4)]     // exactly on a min
    [InlineData(2, 4)]
    [InlineData(3, 10)]
    [InlineData(99, 10)]
    public void Higher_is_better_count_takes_the_greatest_min_reached(long count, int expected)
    {
        var set = TestSets.Single(TestSets.Count("1", 10, true, """[{ "min": 1, "points": 4 }, { "min": 3, "points": 10 }]"""), 10);

        Assert.Equal(expected, TestSets.PointsOf(set, CriterionInput.ForCount(count)));
    }

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "1a" }, 50)]
    [InlineData(new[] { "1a", "1c" }, 65)]
    [InlineData(new[] { "1d", "1c", "1b" }, 50)]
    [InlineData(new[] { "1a", "1a" }, 50)]   // the items met are a set: listing one twice does not count it twice
    public void A_checklist_scores_the_sum_of_the_items_met(string[] codes, int expected)
    {
        var result = StandardScorer.Score(Demo, DemoInputs.BestCase().With("1", CriterionInput.ForItems(codes)));

        Assert.Equal(expected, result.PointsOf("1"));
    }

    [Theory]
    [InlineData(true, 30)]
    [InlineData(false, 0)]
    public void A_yesno_criterion_scores_max_points_for_yes_and_zero_for_no(bool yes, int expected)
    {
        var set = TestSets.Single(TestSets.YesNo("1", 30), 30);

        Assert.Equal(expected, TestSets.PointsOf(set, CriterionInput.ForYes(yes)));
    }

    [Fact]
    public void A_parts_criterion_sums_its_parts_each_under_its_own_bands()
    {
        var parts = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["6a"] = CriterionInput.ForRate(9, 10),   // 90 % → 30
            ["6b"] = CriterionInput.ForRate(0, 0),    // no cases, whenNoCases full → 75
        });

        var criterion = StandardScorer.Score(Demo, DemoInputs.BestCase().With("6", parts)).Criteria.Single(c => c.No == "6");

        Assert.Equal(105, criterion.Points);
        Assert.Equal([("6a", 30), ("6b", 75)], criterion.Parts.Select(p => (p.Code, p.Points!.Value)));
    }

    [Fact]
    public void An_achieved_at_above_one_is_unmet_by_points_below_it_even_when_not_zero()
    {
        var set = TestSets.Set(40, 0, TestSets.Checklist("1", 10, 20) + "," + TestSets.YesNo("2", 10, achievedAt: 10));
        var criteria = new[] { ("1", CriterionInput.ForItems("1-0")), ("2", CriterionInput.ForYes(true)) };
        var withAchievedAt = TestSets.Set(40, 0, TestSets.Checklist("1", 10, 20).Replace("\"kind\"", "\"achievedAt\": 20, \"kind\"") + "," + TestSets.YesNo("2", 10));

        var plain = StandardScorer.Score(set, TestSets.Input(criteria));
        var strict = StandardScorer.Score(withAchievedAt, TestSets.Input(criteria));

        Assert.Equal((10, true), (plain.PointsOf("1")!.Value, plain.Criteria[0].Achieved!.Value));
        Assert.Equal(Verdict.Recognized, plain.Verdict);
        Assert.Equal((10, false), (strict.PointsOf("1")!.Value, strict.Criteria[0].Achieved!.Value));
        Assert.Equal(Verdict.NotRecognized, strict.Verdict);
        var reason = Assert.Single(strict.Reasons);
        Assert.StartsWith("Tiêu chí 1 chưa đạt", reason, StringComparison.Ordinal);
        Assert.Contains("20", reason, StringComparison.Ordinal);
    }
}
