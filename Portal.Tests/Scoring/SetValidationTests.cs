using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Rules of the format on codes, totals and nulls, each broken once in an otherwise valid DEMO-06 and reported at its JSON path.</summary>
[Trait("Category", "Unit")]
public sealed class SetValidationTests
{
    [Theory]
    [InlineData(ShippedSets.Demo)]
    [InlineData(ShippedSets.Qd06)]
    [InlineData(ShippedSets.Qd34)]
    public void The_shipped_sets_have_no_problem_and_their_nulls_are_not_problems(string code)
    {
        var loaded = StandardSetFormat.Read(ShippedSets.Text(code));

        Assert.Empty(loaded.Problems);
        Assert.Empty(StandardSetFormat.Validate(loaded.Set!));
    }

    [Fact]
    public void A_duplicate_item_code_is_reported_where_it_repeats()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 10)["items"]![0]!["code"] = "1b";

        Assert.Contains("$.criteria[0].items[1].code", SetProblems.At(set, "$.criteria[10].items[0].code"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_code_may_not_repeat_an_item_code()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 5)["parts"]![1]!["code"] = "1d";

        SetProblems.At(set, "$.criteria[5].parts[1].code");
    }

    [Fact]
    public void A_duplicate_criterion_no_is_reported()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 3)["no"] = "3";

        Assert.Contains("\"3\"", SetProblems.At(set, "$.criteria[3].no"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("16")]
    [InlineData("01")]
    [InlineData("1a")]
    public void A_criterion_no_outside_1_to_15_is_reported(string no)
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 0)["no"] = no;

        SetProblems.At(set, "$.criteria[0].no");
    }

    [Fact]
    public void A_total_points_that_is_not_the_sum_of_max_points_is_reported()
    {
        var set = SetProblems.Demo();
        set["totalPoints"] = 999;

        var message = SetProblems.At(set, "$.totalPoints");

        Assert.Contains("999", message, StringComparison.Ordinal);
        Assert.Contains("1000", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_set_whose_known_max_points_already_exceed_total_points_is_reported()
    {
        var set = ShippedSets.Json(ShippedSets.Qd06);
        set["totalPoints"] = 200;

        SetProblems.At(set, "$.totalPoints");
    }

    [Fact]
    public void Checklist_items_and_parts_must_add_up_to_max_points()
    {
        var items = SetProblems.Demo();
        SetProblems.Criterion(items, 0)["items"]![0]!["points"] = 40;
        var parts = SetProblems.Demo();
        SetProblems.Criterion(parts, 7)["parts"]![1]!["maxPoints"] = 40;

        Assert.Contains("90", SetProblems.At(items, "$.criteria[0].items"), StringComparison.Ordinal);
        Assert.Contains("80", SetProblems.At(parts, "$.criteria[7].parts"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_in_a_set_marked_complete_is_reported_where_it_is()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 4)["bands"]![1]!["points"] = null;
        set["categories"]![2]!["minTotal"] = null;

        SetProblems.At(set, "$.criteria[4].bands[1].points");
        SetProblems.At(set, "$.categories[2].minTotal");
    }

    [Fact]
    public void A_min_total_above_total_points_is_reported()
    {
        var set = SetProblems.Demo();
        set["categories"]![0]!["minTotal"] = 1001;

        SetProblems.At(set, "$.categories[0].minTotal");
    }

    [Fact]
    public void An_achieved_at_above_max_points_is_reported()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 2)["achievedAt"] = 76;

        SetProblems.At(set, "$.criteria[2].achievedAt");
    }

    [Fact]
    public void Several_problems_are_all_reported_at_once()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 0)["items"]![1]!["code"] = "1a";
        SetProblems.Criterion(set, 1)["bands"]![0]!["points"] = 80;
        set["totalPoints"] = 1005;

        SetProblems.At(set, "$.criteria[0].items[1].code");
        SetProblems.At(set, "$.criteria[1].bands[0].points");
        SetProblems.At(set, "$.totalPoints");
    }

    [Fact]
    public void The_validator_checks_a_set_edited_in_memory_and_the_scorer_refuses_to_use_it()
    {
        var demo = ShippedSets.Load(ShippedSets.Demo);
        var edited = demo with { TotalPoints = 900 };

        Assert.Equal("$.totalPoints", Assert.Single(StandardSetFormat.Validate(edited)).Path);
        var refusal = Assert.Throws<InvalidStandardSetException>(() => StandardScorer.Score(edited, DemoInputs.BestCase()));
        Assert.Single(refusal.Problems);
    }
}
