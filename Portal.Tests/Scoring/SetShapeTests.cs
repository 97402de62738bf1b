using System.Text.Json.Nodes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Files whose shape is not the format's: wrong value types, unknown or missing properties, kinds that do not fit.</summary>
[Trait("Category", "Unit")]
public sealed class SetShapeTests
{
    [Theory]
    [InlineData("format", 2, "$.format")]
    [InlineData("kind", "score", "$.criteria[0].kind")]
    [InlineData("whenNoCases", "sometimes", "$.criteria[1].whenNoCases")]
    [InlineData("maxPoints", 75.5, "$.criteria[1].maxPoints")]
    [InlineData("higherIsbetter", true, "$.criteria[1].higherIsbetter")]
    [InlineData("bands", "none", "$.criteria[1].bands")]
    [InlineData("higherIsBetter", "yes", "$.criteria[1].higherIsBetter")]
    public void A_value_of_the_wrong_kind_or_an_unknown_property_is_reported(string property, object value, string path)
    {
        var set = SetProblems.Demo();
        var target = path.StartsWith("$.criteria[0]", StringComparison.Ordinal) ? SetProblems.Criterion(set, 0)
            : path.StartsWith("$.criteria[1]", StringComparison.Ordinal) ? SetProblems.Criterion(set, 1) : set;
        target[property] = JsonValue.Create(value);

        SetProblems.At(set, path);
    }

    [Fact]
    public void A_definition_field_of_another_kind_is_reported()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 0)["bands"] = new JsonArray();

        Assert.Contains("checklist", SetProblems.At(set, "$.criteria[0].bands"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_property_is_reported()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 1).AsObject().Remove("higherIsBetter");

        SetProblems.At(set, "$.criteria[1].higherIsBetter");
    }

    [Fact]
    public void A_part_of_kind_parts_is_reported()
    {
        var set = SetProblems.Demo();
        SetProblems.Criterion(set, 5)["parts"]![0] = new JsonObject
        {
            ["code"] = "6x", ["name_vi"] = "x", ["name_en"] = "x", ["maxPoints"] = 50, ["kind"] = "parts", ["parts"] = new JsonArray(),
        };

        SetProblems.At(set, "$.criteria[5].parts[0].kind");
    }

    [Theory]
    [InlineData("{ \"format\": 1, ")]
    [InlineData("{ \"format\": 1, \"format\": 1 }")]
    [InlineData("[]")]
    public void Text_that_is_not_a_set_object_is_refused_at_the_root(string json)
    {
        var loaded = StandardSetFormat.Read(json);

        Assert.False(loaded.IsAccepted);
        Assert.Equal("$", loaded.Problems[0].Path);
    }
}
