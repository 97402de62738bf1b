using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>
/// null points on a band or a checklist item: a value that falls there makes the criterion missing — never 0, never
/// "not achieved" — the total is provisional and there is no final verdict; a value that falls elsewhere scores as usual.
/// </summary>
[Trait("Category", "Unit")]
public sealed class UnknownPointsTests
{
    private const string KnownAtTheTop = """[{ "min": 98, "points": 50 }, { "min": 0, "points": null }]""";

    private static StandardSet Set(string criteria, int total) =>
        TestSets.Accepted(TestSets.Json(total, 0, criteria, noZero: true, allAchieved: true, complete: false));

    [Fact]
    public void A_value_in_a_band_of_unknown_points_is_missing_never_zero_and_never_not_achieved()
    {
        var set = Set(string.Join(",", TestSets.Rate("1", 50, true, KnownAtTheTop), TestSets.YesNo("2", 50)), 100);

        var result = StandardScorer.Score(set, TestSets.Input(("1", CriterionInput.ForRate(1, 2)), ("2", CriterionInput.ForYes(true))));

        var criterion = result.Criteria[0];
        Assert.Equal((null, null, 50m), (criterion.Points, criterion.Achieved, criterion.RatePercent));
        Assert.Equal((Verdict.Incomplete, 50), (result.Verdict, result.Total));
        Assert.Empty(result.Reasons);
        Assert.Contains(ScoringMessages.ResultPointsUnknown("Tiêu chí 1", "50 %"), result.Missing);
    }

    [Fact]
    public void A_value_in_a_known_band_of_the_same_criterion_scores_as_usual()
    {
        var set = Set(TestSets.Rate("1", 50, true, KnownAtTheTop), 50);

        var result = StandardScorer.Score(set, TestSets.Input(("1", CriterionInput.ForRate(49, 50))));

        Assert.Equal((50, true), (result.Criteria[0].Points, result.Criteria[0].Achieved));
        Assert.DoesNotContain(result.Missing, m => m.StartsWith("Tiêu chí 1", StringComparison.Ordinal));
        Assert.Equal(Verdict.Incomplete, result.Verdict);   // the set itself is still incomplete
    }

    [Fact]
    public void A_lower_is_better_unknown_rest_is_missing_above_the_known_band()
    {
        var set = Set(TestSets.Rate("1", 75, false, """[{ "max": 2, "strict": true, "points": 75 }, { "max": null, "points": null }]"""), 75);

        Assert.Null(TestSets.PointsOf(set, CriterionInput.ForRate(1195, 1200)));
        Assert.Equal(75, TestSets.PointsOf(set, CriterionInput.ForRate(1, 1200)));
    }

    [Fact]
    public void A_checklist_item_of_unknown_points_makes_the_criterion_missing_only_when_it_is_met()
    {
        var qd06 = ShippedSets.Load(ShippedSets.Qd06);
        ScoreResult Score(params string[] items) => StandardScorer.Score(qd06, new ScoreInput("A", new Dictionary<string, CriterionInput> { ["1"] = CriterionInput.ForItems(items) }));

        Assert.Equal(80, Score("1a", "1b", "1c").PointsOf("1"));
        Assert.Null(Score("1a", "1d").PointsOf("1"));
        Assert.Null(Score("1a", "1d").Criteria[0].Achieved);
        Assert.Contains(ScoringMessages.ItemPointsUnknown("Tiêu chí 1", "1d"), Score("1a", "1d").Missing);
        Assert.DoesNotContain(Score("1a").Missing, m => m.StartsWith("Tiêu chí 1:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_in_a_band_of_unknown_points_makes_its_parts_criterion_missing()
    {
        var qd06 = ShippedSets.Load(ShippedSets.Qd06);
        CriterionInput Parts(long supported) => CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["6a"] = CriterionInput.ForRate(supported, 100),
            ["6b"] = CriterionInput.ForRate(4, 4),
        });
        ScoreResult Score(long supported) => StandardScorer.Score(qd06, new ScoreInput("A", new Dictionary<string, CriterionInput> { ["6"] = Parts(supported) }));

        Assert.Equal(125, Score(95).PointsOf("6"));
        Assert.Null(Score(90).PointsOf("6"));
        Assert.Null(Score(90).Criteria[5].Parts[0].Points);
        Assert.Equal(75, Score(90).Criteria[5].Parts[1].Points);
        Assert.Contains(ScoringMessages.ResultPointsUnknown("Tiêu chí 6, phần 6a", "90 %"), Score(90).Missing);
    }

    [Fact]
    public void A_null_band_is_refused_in_a_set_marked_complete()
    {
        var json = TestSets.Json(50, 0, TestSets.Rate("1", 50, true, KnownAtTheTop));

        Assert.Contains(StandardSetFormat.Read(json).Problems, p => p.Path == "$.criteria[0].bands[1].points");
    }

    [Fact]
    public void The_missing_list_speaks_of_values_in_words_not_json_paths()
    {
        var result = StandardScorer.Score(ShippedSets.Load(ShippedSets.Qd34), new ScoreInput("B", new Dictionary<string, CriterionInput>()));

        Assert.NotEmpty(result.Missing);
        Assert.DoesNotContain(result.Missing, m => m.Contains("$.", StringComparison.Ordinal));
        Assert.Contains("Tiêu chí 1: chưa rõ điểm tối đa.", result.Missing);
    }
}
