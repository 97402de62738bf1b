using System.Text.Json.Nodes;

namespace Portal.Tests.Scoring;

/// <summary>Rules on bands, each broken once in DEMO-06 and reported at the band's JSON path.</summary>
[Trait("Category", "Unit")]
public sealed class BandValidationTests
{
    [Fact]
    public void Band_points_above_max_points_are_reported()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 1)["bands"]![0]!["points"] = 76;

        Assert.Contains("75", SetProblems.At(set, "$.criteria[1].bands[0].points"), StringComparison.Ordinal);
    }

    [Fact]
    public void Band_points_in_a_part_are_checked_against_the_parts_max_points()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 5)["parts"]![0]!["bands"]![0]!["points"] = 51;

        SetProblems.At(set, "$.criteria[5].parts[0].bands[0].points");
    }

    [Fact]
    public void A_higher_is_better_band_must_use_min_and_a_lower_is_better_band_must_use_max()
    {
        var higher = SetProblems.Demo();
        SetProblems.Criterion(higher, 1)["bands"]![1] = new JsonObject { ["max"] = 95, ["points"] = 50 };
        var lower = SetProblems.Demo();
        SetProblems.Criterion(lower, 2)["bands"]![0] = new JsonObject { ["min"] = 0, ["points"] = 75 };

        Assert.Contains("min", SetProblems.At(higher, "$.criteria[1].bands[1]"), StringComparison.Ordinal);
        Assert.Contains("max", SetProblems.At(lower, "$.criteria[2].bands[0]"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_with_both_min_and_max_is_reported()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 1)["bands"]![0]!["max"] = 100;

        SetProblems.At(set, "$.criteria[1].bands[0]");
    }

    [Fact]
    public void A_looser_band_worth_more_than_a_stricter_one_is_reported()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 1)["bands"]![2]!["points"] = 60;

        SetProblems.At(set, "$.criteria[1].bands[2].points");
    }

    [Fact]
    public void A_rate_threshold_above_100_is_reported()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 1)["bands"]![0]!["min"] = 100.5;

        SetProblems.At(set, "$.criteria[1].bands[0].min");
    }
}
