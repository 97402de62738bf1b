using System.Text.Json.Nodes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>The portal's evaluationYears extension: absent is every year; a list names the only evaluation years.</summary>
[Trait("Category", "Unit")]
public sealed class EvaluationYearsTests
{
    private static JsonObject Demo() => ShippedSets.Json(ShippedSets.Demo);

    [Fact]
    public void A_set_without_the_field_evaluates_every_year_and_is_written_without_it()
    {
        var demo = ShippedSets.Load(ShippedSets.Demo);

        Assert.True(demo.EvaluatesEveryYear);
        Assert.True(demo.Evaluates(2023) && demo.Evaluates(2031));
        Assert.DoesNotContain("evaluationYears", StandardSetFormat.Write(demo), StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_years_are_the_only_evaluation_years_and_survive_export_and_the_editor_draft()
    {
        var json = Demo();
        json["evaluationYears"] = new JsonArray(2022, 2024);

        var set = TestSets.Accepted(json.ToJsonString());

        Assert.False(set.EvaluatesEveryYear);
        Assert.Equal((true, false, true), (set.Evaluates(2022), set.Evaluates(2023), set.Evaluates(2024)));
        Assert.Equal(set, TestSets.Accepted(StandardSetFormat.Write(set)));
        Assert.Equal(set, SetDraft.From(set).ToSet());
        Assert.Equal([2022, 2024], SetDraft.From(set).EvaluationYears!);
    }

    [Theory]
    [InlineData("[]", "$.evaluationYears")]
    [InlineData("[2024, 2024]", "$.evaluationYears[1]")]
    [InlineData("[24]", "$.evaluationYears[0]")]
    [InlineData("[2024.5]", "$.evaluationYears[0]")]
    [InlineData("null", "$.evaluationYears")]
    [InlineData("\"2024\"", "$.evaluationYears")]
    public void A_list_that_names_no_year_clearly_is_refused_where_it_is(string years, string path)
    {
        var json = Demo();
        json["evaluationYears"] = JsonNode.Parse(years);

        SetProblems.At(json, path);
    }
}
