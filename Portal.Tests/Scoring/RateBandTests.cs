using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Rates on and just off band boundaries: compared exactly, never rounded.</summary>
[Trait("Category", "Unit")]
public sealed class RateBandTests
{
    private static readonly StandardSet Demo = ShippedSets.Load(ShippedSets.Demo);

    private static int? Points(string no, long numerator, long denominator) =>
        StandardScorer.Score(Demo, DemoInputs.BestCase().With(no, CriterionInput.ForRate(numerator, denominator))).PointsOf(no);

    // Criterion 2 of DEMO-06: higher is better, min 98 → 75, min 95 → 50, min 90 → 25.
    [Theory]
    [InlineData(49, 50, 75)]            // 4900 = 98 × 50: exactly on the 98 % band reaches it
    [InlineData(4899, 5000, 50)]        // 97.98 %: just under 98
    [InlineData(97999, 100000, 50)]     // 97.999 % shows as 98.00 but must not score as 98
    [InlineData(19, 20, 50)]            // exactly 95 %
    [InlineData(9499, 10000, 25)]       // 94.99 %
    [InlineData(9, 10, 25)]             // exactly 90 %
    [InlineData(8999, 10000, 0)]        // below every min
    [InlineData(0, 100, 0)]
    [InlineData(100, 100, 75)]
    public void Higher_is_better_rate_takes_the_band_with_the_greatest_min_reached(long numerator, long denominator, int expected)
    {
        Assert.Equal(expected, Points("2", numerator, denominator));
    }

    // Criterion 4 of DEMO-06: lower is better, max 0.1 → 75, max 0.3 → 50, max 0.5 → 25.
    [Theory]
    [InlineData(1, 1000, 75)]           // exactly 0.1 % is within max 0.1
    [InlineData(1001, 1000000, 50)]     // 0.1001 %
    [InlineData(3, 1000, 50)]           // exactly 0.3 %
    [InlineData(5, 1000, 25)]           // exactly 0.5 %
    [InlineData(501, 100000, 0)]        // 0.501 %: above every max
    [InlineData(0, 7, 75)]
    public void Lower_is_better_rate_takes_the_band_with_the_smallest_max_not_exceeded(long numerator, long denominator, int expected)
    {
        Assert.Equal(expected, Points("4", numerator, denominator));
    }

    [Fact]
    public void A_rate_that_rounds_to_the_threshold_is_displayed_rounded_but_scored_exactly()
    {
        var result = StandardScorer.Score(Demo, DemoInputs.BestCase().With("2", CriterionInput.ForRate(97999, 100000)));
        var criterion = result.Criteria.Single(c => c.No == "2");

        Assert.Equal(98.00m, criterion.RatePercent);
        Assert.Equal(50, criterion.Points);
    }

    [Fact]
    public void Displayed_rates_are_rounded_to_two_decimals_for_each_part_too()
    {
        var parts = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["6a"] = CriterionInput.ForRate(2, 3),
            ["6b"] = CriterionInput.ForRate(1, 8),
        });

        var criterion = StandardScorer.Score(Demo, DemoInputs.BestCase().With("6", parts)).Criteria.Single(c => c.No == "6");

        Assert.Equal([66.67m, 12.50m], criterion.Parts.Select(p => p.RatePercent));
        Assert.Equal(0, criterion.Points);
        Assert.Null(criterion.RatePercent);
    }

    [Theory]
    [InlineData(false, "33.333333333333333333333333333", 1, 3, 0)]   // 33.33…% (repeating) exceeds this max
    [InlineData(false, "33.333333333333333333333333333", 1, 4, 10)]
    [InlineData(true, "33.333333333333333333333333334", 1, 3, 0)]    // and falls short of this min
    [InlineData(true, "33.333333333333333333333333333", 1, 3, 10)]
    public void Thresholds_with_28_digits_are_still_compared_exactly(bool higherIsBetter, string threshold, long numerator, long denominator, int expected)
    {
        // min × denominator here needs 29 digits, more than decimal multiplication keeps: a rounded product would say
        // the first and third cases reach the band.
        var bound = higherIsBetter ? "min" : "max";
        var set = TestSets.Single(TestSets.Rate("1", 10, higherIsBetter, $"[{{ \"{bound}\": {threshold}, \"points\": 10 }}]"), 10);

        Assert.Equal(expected, TestSets.PointsOf(set, CriterionInput.ForRate(numerator, denominator)));
    }

    [Theory]
    [InlineData("full", 40)]
    [InlineData("zero", 0)]
    public void A_denominator_of_zero_earns_what_whenNoCases_says(string whenNoCases, int expected)
    {
        var set = TestSets.Single(TestSets.Rate("1", 40, true, """[{ "min": 50, "points": 40 }]""", whenNoCases), 40);

        Assert.Equal(expected, TestSets.PointsOf(set, CriterionInput.ForRate(0, 0)));
    }

    [Theory]
    [InlineData("invalid")]
    [InlineData(null)]
    public void A_denominator_of_zero_is_refused_under_invalid_which_is_the_default(string? whenNoCases)
    {
        var set = TestSets.Single(TestSets.Rate("1", 40, true, """[{ "min": 50, "points": 40 }]""", whenNoCases), 40);

        var refusal = Assert.Throws<ScoreInputException>(() => TestSets.PointsOf(set, CriterionInput.ForRate(0, 0)));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(("1", "denominator"), (problem.CriterionNo, problem.Field));
        Assert.Contains("Tiêu chí 1, trường \"denominator\"", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_denominator_of_zero_in_a_shipped_part_follows_that_parts_rule()
    {
        var noCases = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["8a"] = CriterionInput.ForRate(0, 0),
            ["8b"] = CriterionInput.ForRate(0, 10),
        });
        var fullWhenNone = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["6a"] = CriterionInput.ForRate(0, 0),
            ["6b"] = CriterionInput.ForRate(0, 0),
        });

        var refusal = Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Demo, DemoInputs.BestCase().With("8", noCases)));
        Assert.Equal(("8", "8a", "denominator"), (refusal.Problems[0].CriterionNo, refusal.Problems[0].PartCode, refusal.Problems[0].Field));
        Assert.Contains("Tiêu chí 8, phần 8a", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(125, StandardScorer.Score(Demo, DemoInputs.BestCase().With("6", fullWhenNone)).PointsOf("6"));
    }
}
