using System.Text.Json.Nodes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Load → export → load gives an equal set, for the three shipped sets and for unusual but valid values.</summary>
[Trait("Category", "Unit")]
public sealed class RoundTripTests
{
    public static TheoryData<string> Shipped() => new(ShippedSets.Demo, ShippedSets.Qd06, ShippedSets.Qd34);

    [Theory]
    [MemberData(nameof(Shipped))]
    public void A_shipped_set_survives_export_and_reload_unchanged(string code)
    {
        var loaded = ShippedSets.Load(code);

        var reloaded = TestSets.Accepted(StandardSetFormat.Write(loaded));

        Assert.Equal(loaded, reloaded);
        Assert.Equal(code, reloaded.Code);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void The_export_of_a_shipped_set_is_the_same_json_as_its_file(string code)
    {
        // Same property names, same nulls, same numbers: only whitespace may differ from the file.
        var exported = JsonNode.Parse(StandardSetFormat.Write(ShippedSets.Load(code)));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ShippedSets.Text(code)), exported), StandardSetFormat.Write(ShippedSets.Load(code)));
    }

    [Fact]
    public void The_export_keeps_vietnamese_letters_unescaped()
    {
        var json = StandardSetFormat.Write(ShippedSets.Load(ShippedSets.Demo));

        Assert.Contains("Nguồn lực thực hiện quyền trẻ em", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_catch_alls_and_unknowns_survive_the_round_trip()
    {
        var criteria = string.Join(",",
            TestSets.Count("1", 20, false, """[{ "max": 0.25, "points": 20 }, { "max": null, "points": 5 }]"""),
            TestSets.Rate("2", 10, true, """[{ "min": 97.50, "points": 10 }]"""),
            TestSets.YesNo("3", 10, achievedAt: 10),
            """{ "no": "4", "name_vi": null, "name_en": null, "maxPoints": null, "achievedAt": null, "kind": "rate", "higherIsBetter": null, "whenNoCases": null, "bands": [{ "min": null, "points": null }] }""");
        var loaded = TestSets.Accepted(TestSets.Json(100, 50, criteria, complete: false));

        var reloaded = TestSets.Accepted(StandardSetFormat.Write(loaded));

        Assert.Equal(loaded, reloaded);
        Assert.Equal(NoCasesPolicy.Invalid, ((RateRule)reloaded.Criteria[1].Rule!).WhenNoCases);
        Assert.Null(((RateRule)reloaded.Criteria[3].Rule!).WhenNoCases);
        Assert.Equal(10, reloaded.Criteria[2].AchievedAt);
        Assert.Equal(Criterion.DefaultAchievedAt, reloaded.Criteria[0].AchievedAt);
        Assert.Null(reloaded.Criteria[3].AchievedAt);
        Assert.True(((CountRule)reloaded.Criteria[0].Rule!).Bands![1].IsCatchAll);
    }

    [Fact]
    public void Sets_that_differ_in_one_value_are_not_equal()
    {
        var demo = ShippedSets.Json(ShippedSets.Demo);
        demo["criteria"]![1]!["bands"]![2]!["min"] = 91;

        Assert.NotEqual(ShippedSets.Load(ShippedSets.Demo), TestSets.Accepted(demo.ToJsonString()));
    }
}
