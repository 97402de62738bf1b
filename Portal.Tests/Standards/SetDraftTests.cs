using System.Text.Json.Nodes;
using Portal.Web.Standards;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Standards;

/// <summary>The editor's model reads and writes exactly the file format: what it writes loads as the same set.</summary>
[Trait("Category", "Unit")]
public sealed class SetDraftTests
{
    public static TheoryData<string> Shipped() => new(EditorSeedSets.Demo, EditorSeedSets.Qd06, EditorSeedSets.Qd34);

    [Theory]
    [MemberData(nameof(Shipped))]
    public void A_shipped_set_read_and_written_by_the_draft_loads_as_the_same_set(string file)
    {
        var text = EditorSeedSets.Text(file);
        var original = StandardSetFormat.Read(text);

        var rewritten = StandardSetFormat.Read(SetDraft.FromJson(text).ToJson());

        Assert.NotNull(original.Set);
        Assert.Empty(rewritten.Problems);
        Assert.Equal(original.Set, rewritten.Set);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void A_shipped_set_is_written_back_as_the_same_json(string file)
    {
        // Same names, same nulls, same numbers, nothing added: only whitespace and property order may differ.
        var text = EditorSeedSets.Text(file);
        var written = SetDraft.FromJson(text).ToJson();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), JsonNode.Parse(written)), written);
        Assert.DoesNotContain("\\u", written, StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_set_template_is_a_valid_set_with_one_category_and_one_yes_no_criterion()
    {
        var loaded = StandardSetFormat.Read(SetDraft.NewTemplate("MOI-01"));

        Assert.Empty(loaded.Problems);
        Assert.Equal("MOI-01", loaded.Set!.Code);
        Assert.Single(loaded.Set.Categories);
        var criterion = Assert.Single(loaded.Set.Criteria);
        Assert.IsType<YesNoRule>(criterion.Rule);
        Assert.Equal(loaded.Set.TotalPoints, criterion.MaxPoints);
    }

    [Theory]
    [InlineData("rate", "higherIsBetter,whenNoCases,bands")]
    [InlineData("count", "higherIsBetter,bands")]
    [InlineData("checklist", "items")]
    [InlineData("parts", "parts")]
    [InlineData("yesno", "")]
    [InlineData(null, "")]
    public void Only_the_fields_of_the_chosen_kind_are_written(string? kind, string kindFields)
    {
        var draft = SetDraft.FromJson(SetDraft.NewTemplate("K"));
        var criterion = draft.Criteria[0];
        // Give the criterion fields of every kind, then choose one.
        foreach (var other in CriterionKinds.All) criterion.ChangeKind(other);
        criterion.ChangeDirection(true);
        criterion.AddBand();
        criterion.AddItem();
        criterion.AddPart();
        criterion.ChangeKind(kind);

        var written = JsonNode.Parse(draft.ToJson())!["criteria"]![0]!.AsObject();

        string[] common = ["no", "name_vi", "name_en", "maxPoints", "kind"];
        var expected = common.Concat(kindFields.Split(',', StringSplitOptions.RemoveEmptyEntries)).Order();
        Assert.Equal(expected, written.Select(p => p.Key).Order());
        Assert.Equal(kind, (string?)written["kind"]);
    }

    [Fact]
    public void Unknowns_defaults_and_catch_alls_keep_their_meaning()
    {
        var json = """
            { "format": 1, "code": "X", "title_vi": null, "title_en": null, "basis": null, "illustrative": false, "complete": false,
              "totalPoints": 100, "categories": [ { "code": "A", "name_vi": null, "name_en": null, "minTotal": null } ],
              "passRules": { "noZeroCriterion": null, "allCriteriaAchieved": false },
              "criteria": [
                { "no": "1", "name_vi": "a", "name_en": "a", "maxPoints": 20, "kind": "count", "higherIsBetter": false,
                  "bands": [ { "max": 0.25, "points": 20 }, { "max": null, "points": 5 } ] },
                { "no": "2", "name_vi": null, "name_en": null, "maxPoints": null, "achievedAt": null, "kind": "rate",
                  "higherIsBetter": null, "whenNoCases": null, "bands": [ { "max": 3, "points": null } ] },
                { "no": "3", "name_vi": "c", "name_en": "c", "maxPoints": 30, "achievedAt": 30, "kind": "rate",
                  "higherIsBetter": true, "bands": null },
                { "no": "4", "name_vi": null, "name_en": null, "maxPoints": null, "kind": null } ] }
            """;

        var written = SetDraft.FromJson(json).ToJson();
        var criteria = JsonNode.Parse(written)!["criteria"]!.AsArray();

        Assert.Equal(StandardSetFormat.Read(json).Set, StandardSetFormat.Read(written).Set);
        Assert.Null(criteria[0]!["bands"]![1]!["max"]);                             // the catch-all stays a max: null
        Assert.True(criteria[1]!.AsObject().ContainsKey("achievedAt"));             // stated unknown stays stated
        Assert.Null(criteria[1]!["achievedAt"]);
        Assert.Equal(3m, (decimal)criteria[1]!["bands"]![0]!["max"]!);              // unknown direction keeps its bound
        Assert.False(criteria[0]!.AsObject().ContainsKey("achievedAt"));            // the default is not written
        Assert.Equal("invalid", (string?)criteria[2]!["whenNoCases"]);              // absent means the default, written out
        Assert.Null(criteria[2]!["bands"]);                                        // unknown list stays null, not []
        Assert.False(criteria[3]!.AsObject().ContainsKey("bands"));
    }

    [Fact]
    public void Changing_the_direction_writes_every_band_with_the_other_bound()
    {
        var draft = SetDraft.FromJson(EditorSeedSets.Text(EditorSeedSets.Demo));
        var births = draft.Criteria[1];

        births.ChangeDirection(false);

        var bands = JsonNode.Parse(draft.ToJson())!["criteria"]![1]!["bands"]!.AsArray();
        Assert.All(bands, b => Assert.Equal(["max", "points"], b!.AsObject().Select(p => p.Key)));
        Assert.Equal(98m, (decimal)bands[0]!["max"]!);
    }

    [Fact]
    public void A_new_criterion_takes_the_smallest_free_number_and_moving_keeps_numbers()
    {
        var draft = SetDraft.FromJson(EditorSeedSets.Text(EditorSeedSets.Demo));
        draft.Criteria.RemoveAt(2);

        Assert.Equal("3", draft.AddCriterion().No);
        Assert.Equal("14", draft.AddCriterion().No);

        draft.MoveCriterion(0, 1);
        draft.MoveCriterion(0, -1);   // out of range: nothing moves
        Assert.Equal(["2", "1", "4"], draft.Criteria.Take(3).Select(c => c.No));
    }

    [Fact]
    public void Text_that_is_not_a_json_object_is_refused()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SetDraft.FromJson("[1, 2]"));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SetDraft.FromJson("{ \"format\": "));
    }
}
