using System.Text.Json.Nodes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>"strict": true on a band: "trên" / "dưới" exclude the bound itself; at equal bounds the strict band is the narrower.</summary>
[Trait("Category", "Unit")]
public sealed class StrictBandTests
{
    private static StandardSet RateSet(bool higherIsBetter, string bands) =>
        TestSets.Single(TestSets.Rate("1", 75, higherIsBetter, bands), 75);

    private static int? Points(StandardSet set, long numerator, long denominator) =>
        TestSets.PointsOf(set, CriterionInput.ForRate(numerator, denominator));

    [Theory]
    [InlineData(2, 100, 30)]            // exactly 2 %: "dưới 2 %" is not met, "không quá 2 %" is
    [InlineData(199, 10000, 75)]        // 1.99 %
    [InlineData(201, 10000, 0)]         // above every max
    public void A_strict_max_excludes_its_bound_and_the_plain_band_with_the_same_bound_takes_it(long numerator, long denominator, int expected)
    {
        var set = RateSet(false, """[{ "max": 2, "strict": true, "points": 75 }, { "max": 2, "points": 30 }]""");

        Assert.Equal(expected, Points(set, numerator, denominator));
    }

    [Theory]
    [InlineData(98, 100, 30)]           // exactly 98 %: "trên 98 %" is not met, "từ 98 % trở lên" is
    [InlineData(9801, 10000, 50)]       // 98.01 %
    [InlineData(97, 100, 0)]
    public void A_strict_min_excludes_its_bound(long numerator, long denominator, int expected)
    {
        var set = RateSet(true, """[{ "min": 98, "points": 30 }, { "min": 98, "strict": true, "points": 50 }]""");

        Assert.Equal(expected, Points(set, numerator, denominator));
    }

    [Fact]
    public void A_strict_rate_bound_is_compared_exactly()
    {
        var set = RateSet(false, """[{ "max": 0.1, "strict": true, "points": 75 }]""");

        Assert.Equal(0, Points(set, 1, 1000));              // exactly 0.1 %
        Assert.Equal(75, Points(set, 999_999, 1_000_000_000)); // 0.0999999 % shows as 0.10 but is below
    }

    [Fact]
    public void A_strict_count_band_excludes_its_bound()
    {
        var set = TestSets.Single(TestSets.Count("1", 75, false, """[{ "max": 2, "strict": true, "points": 75 }, { "max": null, "points": 10 }]"""), 75);

        Assert.Equal((75, 10), (TestSets.PointsOf(set, CriterionInput.ForCount(1)), TestSets.PointsOf(set, CriterionInput.ForCount(2))));
    }

    [Fact]
    public void Qd34_criterion_3_below_2_percent_scores_75_and_2_percent_itself_falls_in_the_unknown_rest()
    {
        var qd34 = ShippedSets.Load(ShippedSets.Qd34);
        ScoreResult Score(long n, long d) => StandardScorer.Score(qd34, new ScoreInput("A", new Dictionary<string, CriterionInput> { ["3"] = CriterionInput.ForRate(n, d) }));

        Assert.Equal(75, Score(1, 100).PointsOf("3"));
        Assert.Null(Score(2, 100).PointsOf("3"));
        Assert.Contains(ScoringMessages.ResultPointsUnknown("Tiêu chí 3", "2 %"), Score(2, 100).Missing);
    }

    [Fact]
    public void Two_strict_bands_or_two_plain_bands_with_one_bound_are_duplicates_but_a_strict_and_a_plain_one_are_not()
    {
        string Json(string bands) => TestSets.Json(75, 0, TestSets.Rate("1", 75, false, bands));

        Assert.True(StandardSetFormat.Read(Json("""[{ "max": 2, "strict": true, "points": 75 }, { "max": 2, "points": 30 }]""")).IsAccepted);
        var twoStrict = StandardSetFormat.Read(Json("""[{ "max": 2, "strict": true, "points": 75 }, { "max": 2, "strict": true, "points": 30 }]"""));
        Assert.Contains(twoStrict.Problems, p => p.Path.StartsWith("$.criteria[0].bands[", StringComparison.Ordinal));
    }

    [Fact]
    public void The_narrower_strict_band_may_not_give_fewer_points_than_the_plain_one()
    {
        var set = TestSets.Json(75, 0, TestSets.Rate("1", 75, false, """[{ "max": 2, "strict": true, "points": 30 }, { "max": 2, "points": 75 }]"""));

        Assert.Contains(StandardSetFormat.Read(set).Problems, p => p.Path == "$.criteria[0].bands[1].points");
    }

    [Fact]
    public void A_strict_catch_all_and_a_null_strict_are_refused()
    {
        var catchAll = TestSets.Json(75, 0, TestSets.Count("1", 75, false, """[{ "max": 0, "points": 75 }, { "max": null, "strict": true, "points": 0 }]"""));
        var nullStrict = TestSets.Json(75, 0, TestSets.Count("1", 75, false, """[{ "max": 0, "strict": null, "points": 75 }]"""));

        Assert.Contains(StandardSetFormat.Read(catchAll).Problems, p => p.Path == "$.criteria[0].bands[1].strict");
        Assert.Contains(StandardSetFormat.Read(nullStrict).Problems, p => p.Path == "$.criteria[0].bands[0].strict");
    }

    [Fact]
    public void Strict_survives_export_and_is_written_only_when_true()
    {
        var set = RateSet(false, """[{ "max": 2, "strict": true, "points": 75 }, { "max": 5, "strict": false, "points": 30 }]""");

        var bands = JsonNode.Parse(StandardSetFormat.Write(set))!["criteria"]![0]!["bands"]!.AsArray();

        Assert.Equal([Band.Below(2, 75), Band.Max(5, 30)], ((RateRule)TestSets.Accepted(StandardSetFormat.Write(set)).Criteria[0].Rule!).Bands!);
        Assert.True((bool)bands[0]!["strict"]!);
        Assert.False(bands[1]!.AsObject().ContainsKey("strict"));
    }
}
