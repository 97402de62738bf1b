using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>The verdict rules on the complete shipped set DEMO-06 (minTotal A 900, B 850, C 800; both pass rules on).</summary>
[Trait("Category", "Unit")]
public sealed class DemoVerdictTests
{
    private static readonly StandardSet Demo = ShippedSets.Load(ShippedSets.Demo);

    [Fact]
    public void Best_case_scores_every_criterion_full_and_is_recognized()
    {
        var result = StandardScorer.Score(Demo, DemoInputs.BestCase());

        Assert.Equal(1000, result.Total);
        Assert.Equal(1000, result.MaxTotal);
        Assert.Equal(900, result.MinTotal);
        Assert.Equal(Verdict.Recognized, result.Verdict);
        Assert.Empty(result.Reasons);
        Assert.Empty(result.Missing);
        Assert.Equal(Demo.Criteria.Select(c => c.No), result.Criteria.Select(c => c.No));
        Assert.All(result.Criteria, c => Assert.Equal(c.MaxPoints, c.Points));
        Assert.All(result.Criteria, c => Assert.True(c.Achieved));
    }

    [Theory]
    [MemberData(nameof(CriterionNos))]
    public void Any_one_criterion_at_zero_is_not_recognized_and_the_reasons_name_it(string no)
    {
        var result = StandardScorer.Score(Demo, DemoInputs.BestCase().With(no, DemoInputs.ZeroFor(no)));

        Assert.Equal(0, result.PointsOf(no));
        Assert.False(result.Criteria.Single(c => c.No == no).Achieved);
        Assert.Equal(Verdict.NotRecognized, result.Verdict);
        // Both rules fail for that criterion (0 points, and 0 < achievedAt 1); both must be listed, each naming it.
        var naming = result.Reasons.Where(r => r.StartsWith($"Tiêu chí {no} ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, naming.Count);
        Assert.Contains(naming, r => r.Contains("0 điểm", StringComparison.Ordinal));
        Assert.Contains(naming, r => r.Contains("chưa đạt", StringComparison.Ordinal));
    }

    public static TheoryData<string> CriterionNos() => new(DemoInputs.CriterionNos);

    [Fact]
    public void A_total_exactly_on_min_total_is_recognized()
    {
        // −25 (rate 2 at 95 %), −45 (one case on criterion 3), −20 (rate 7 at 95 %), −10 (item 12c unmet) = 900.
        var input = DemoInputs.BestCase("A")
            .With("2", CriterionInput.ForRate(95, 100))
            .With("3", CriterionInput.ForCount(1))
            .With("7", CriterionInput.ForRate(95, 100))
            .With("12", CriterionInput.ForItems("12a", "12b"));

        var result = StandardScorer.Score(Demo, input);

        Assert.Equal(900, result.Total);
        Assert.Equal(Verdict.Recognized, result.Verdict);
    }

    [Fact]
    public void The_next_total_below_min_total_is_not_recognized_with_the_total_as_the_only_reason()
    {
        // Every item of DEMO-06 is a multiple of 5, so 895 is the highest total below 900 it can give.
        var result = StandardScorer.Score(Demo, Total895("A"));

        Assert.Equal(895, result.Total);
        Assert.Equal(Verdict.NotRecognized, result.Verdict);
        var reason = Assert.Single(result.Reasons);
        Assert.Contains("895", reason, StringComparison.Ordinal);
        Assert.Contains("900", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_total_passes_a_category_with_a_lower_minimum()
    {
        var result = StandardScorer.Score(Demo, Total895("B"));

        Assert.Equal(895, result.Total);
        Assert.Equal(850, result.MinTotal);
        Assert.Equal(Verdict.Recognized, result.Verdict);
    }

    /// <summary>−25 (rate 2 at 95 %), −45 (one case on criterion 3), −20 (rate 7 at 95 %), −15 (item 1c unmet).</summary>
    private static ScoreInput Total895(string category) => DemoInputs.BestCase(category)
        .With("2", CriterionInput.ForRate(95, 100))
        .With("3", CriterionInput.ForCount(1))
        .With("7", CriterionInput.ForRate(95, 100))
        .With("1", CriterionInput.ForItems("1a", "1b", "1d"));

    [Fact]
    public void Every_failed_rule_is_listed_not_only_the_first()
    {
        var input = DemoInputs.BestCase("A")
            .With("3", DemoInputs.ZeroFor("3"))
            .With("9", DemoInputs.ZeroFor("9"))
            .With("13", DemoInputs.ZeroFor("13"));

        var result = StandardScorer.Score(Demo, input);

        Assert.Equal(1000 - 75 - 75 - 75, result.Total);
        Assert.Equal(Verdict.NotRecognized, result.Verdict);
        // 1 total reason + (zero + not achieved) for each of the three criteria.
        Assert.Equal(7, result.Reasons.Count);
        Assert.Contains(result.Reasons, r => r.StartsWith("Tổng điểm 775", StringComparison.Ordinal));
        foreach (var no in new[] { "3", "9", "13" })
        {
            Assert.Equal(2, result.Reasons.Count(r => r.StartsWith($"Tiêu chí {no} ", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_criterion_without_input_makes_the_result_incomplete_with_a_provisional_total()
    {
        var result = StandardScorer.Score(Demo, DemoInputs.BestCase().With("5", null));

        Assert.Equal(Verdict.Incomplete, result.Verdict);
        Assert.Equal(925, result.Total);
        Assert.Null(result.PointsOf("5"));
        Assert.Null(result.Criteria.Single(c => c.No == "5").Achieved);
        var missing = Assert.Single(result.Missing);
        Assert.StartsWith("Tiêu chí 5:", missing, StringComparison.Ordinal);
        Assert.Empty(result.Reasons);
    }

    [Fact]
    public void A_part_without_input_makes_the_result_incomplete_and_names_the_part()
    {
        var partial = CriterionInput.ForParts(new Dictionary<string, CriterionInput> { ["6a"] = CriterionInput.ForRate(1, 1) });

        var result = StandardScorer.Score(Demo, DemoInputs.BestCase().With("6", partial));

        Assert.Equal(Verdict.Incomplete, result.Verdict);
        Assert.Null(result.PointsOf("6"));
        Assert.Equal(1000 - 125, result.Total);
        Assert.StartsWith("Tiêu chí 6, phần 6b:", Assert.Single(result.Missing), StringComparison.Ordinal);
    }
}
