using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Small hand-made sets, as JSON text, each aimed at one rule of the format.</summary>
internal static class TestSets
{
    /// <summary>Loads a set that must follow the format, showing its problems if it does not.</summary>
    public static StandardSet Accepted(string json)
    {
        var loaded = StandardSetFormat.Read(json);
        Assert.True(loaded.IsAccepted, string.Join(Environment.NewLine, loaded.Problems));
        return loaded.Set!;
    }

    /// <summary>A complete set of the given criteria; totalPoints must be the sum of their maxPoints.</summary>
    public static string Json(int totalPoints, int minTotal, string criteria, bool noZero = true, bool allAchieved = true, bool complete = true) => $$"""
        {
          "format": 1, "code": "TEST", "title_vi": "Bộ thử", "title_en": "Test set", "basis": "tests",
          "illustrative": true, "complete": {{Bool(complete)}}, "totalPoints": {{totalPoints}},
          "categories": [ { "code": "A", "name_vi": "Loại A", "name_en": "Category A", "minTotal": {{minTotal}} } ],
          "passRules": { "noZeroCriterion": {{Bool(noZero)}}, "allCriteriaAchieved": {{Bool(allAchieved)}} },
          "criteria": [ {{criteria}} ]
        }
        """;

    public static StandardSet Set(int totalPoints, int minTotal, string criteria, bool noZero = true, bool allAchieved = true) =>
        Accepted(Json(totalPoints, minTotal, criteria, noZero, allAchieved));

    /// <summary>A one-criterion set, criterion "1", so a rule's points can be read straight off the result.</summary>
    public static StandardSet Single(string criterion, int maxPoints) => Set(maxPoints, 0, criterion, noZero: false, allAchieved: false);

    public static string Rate(string no, int maxPoints, bool higherIsBetter, string bands, string? whenNoCases = null) =>
        $$"""
        { "no": "{{no}}", "name_vi": "Tỷ lệ {{no}}", "name_en": "Rate {{no}}", "maxPoints": {{maxPoints}}, "kind": "rate",
          "higherIsBetter": {{Bool(higherIsBetter)}}, {{(whenNoCases is null ? "" : $"\"whenNoCases\": \"{whenNoCases}\",")}}
          "bands": {{bands}} }
        """;

    public static string Count(string no, int maxPoints, bool higherIsBetter, string bands) =>
        $$"""
        { "no": "{{no}}", "name_vi": "Số {{no}}", "name_en": "Count {{no}}", "maxPoints": {{maxPoints}}, "kind": "count",
          "higherIsBetter": {{Bool(higherIsBetter)}}, "bands": {{bands}} }
        """;

    public static string YesNo(string no, int maxPoints, int? achievedAt = null) =>
        $$"""
        { "no": "{{no}}", "name_vi": "Có/không {{no}}", "name_en": "Yes/no {{no}}", "maxPoints": {{maxPoints}}, "kind": "yesno"
          {{(achievedAt is null ? "" : $", \"achievedAt\": {achievedAt}")}} }
        """;

    /// <summary>A checklist whose items are worth 1, 2, 4… points: any total up to maxPoints is reachable.</summary>
    public static string Checklist(string no, params int[] itemPoints) =>
        $$"""
        { "no": "{{no}}", "name_vi": "Danh mục {{no}}", "name_en": "Checklist {{no}}", "maxPoints": {{itemPoints.Sum()}}, "kind": "checklist",
          "items": [ {{string.Join(", ", itemPoints.Select((p, i) => $$"""{ "code": "{{no}}-{{i}}", "name_vi": "Mục {{i}}", "name_en": "Item {{i}}", "points": {{p}} }"""))}} ] }
        """;

    public static ScoreInput Input(params (string No, CriterionInput Input)[] criteria) =>
        new("A", criteria.ToDictionary(c => c.No, c => c.Input));

    /// <summary>The points of criterion "1" of a one-criterion set for one input.</summary>
    public static int? PointsOf(StandardSet set, CriterionInput input) =>
        StandardScorer.Score(set, Input(("1", input))).Criteria[0].Points;

    private static string Bool(bool value) => value ? "true" : "false";
}
