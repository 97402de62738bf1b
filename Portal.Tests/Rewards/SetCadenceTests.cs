using System.Text.Json.Nodes;
using Portal.Tests.Scoring;
using Portal.Workflows.Rewards;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Rewards;

/// <summary>Streaks read a stored set's evaluation years without reading the whole set: both readings must agree.</summary>
[Trait("Category", "Unit")]
public sealed class SetCadenceTests
{
    [Fact]
    public void The_evaluation_years_of_a_stored_set_are_the_ones_the_format_reads()
    {
        var json = ShippedSets.Json(ShippedSets.Demo);
        json["evaluationYears"] = new JsonArray(2022, 2024);
        var stored = StandardSetFormat.Write(TestSets.Accepted(json.ToJsonString()));

        Assert.Equal([2022, 2024], SetCadence.EvaluationYears(stored)!);
        Assert.Equal(TestSets.Accepted(stored).EvaluationYears!, SetCadence.EvaluationYears(stored)!);
    }

    [Fact]
    public void A_stored_set_without_the_field_evaluates_every_year()
    {
        var stored = StandardSetFormat.Write(ShippedSets.Load(ShippedSets.Demo));

        Assert.Null(SetCadence.EvaluationYears(stored));
    }
}
