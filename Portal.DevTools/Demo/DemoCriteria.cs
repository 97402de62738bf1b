using Portal.Workflows.Scoring;

namespace Portal.DevTools.Demo;

/// <summary>
/// Plausible DEMO-06 inputs for demo dossiers, varied by a seed: <see cref="Good"/> passes every category
/// (970–1000 points), <see cref="Weak"/> is what an appraisal finds for a commune it does not recognise (under 800).
/// </summary>
internal static class DemoCriteria
{
    public static readonly string[] FirstHalf = ["1", "2", "3", "4", "5", "6"];

    public static IReadOnlyDictionary<string, CriterionInput> Good(int seed)
    {
        var children = 1000 + seed % 800;
        var births = 40 + seed % 40;
        var underFive = 250 + seed % 150;
        var pupils = 150 + seed % 50;
        return new Dictionary<string, CriterionInput>
        {
            ["1"] = CriterionInput.ForItems(seed % 4 == 0 ? ["1a", "1b", "1c"] : ["1a", "1b", "1c", "1d"]),
            ["2"] = CriterionInput.ForRate(births >= 50 && seed % 3 == 0 ? births - 1 : births, births),
            ["3"] = CriterionInput.ForCount(0),
            ["4"] = CriterionInput.ForRate(0, children),
            ["5"] = CriterionInput.ForRate(seed % 4, children),
            ["6"] = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
            {
                ["6a"] = CriterionInput.ForRate(38 + seed % 3, 40),
                ["6b"] = CriterionInput.ForRate(2 + seed % 3, 2 + seed % 3),
            }),
            ["7"] = CriterionInput.ForRate(30 + seed % 25, 30 + seed % 25),
            ["8"] = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
            {
                ["8a"] = CriterionInput.ForRate(underFive * 6 / 100, underFive),
                ["8b"] = CriterionInput.ForRate(underFive * 11 / 100, underFive),
            }),
            ["9"] = CriterionInput.ForRate(children * 92 / 100, children),
            ["10"] = CriterionInput.ForRate(seed % 2 == 0 ? pupils : pupils - 1, pupils),
            ["11"] = CriterionInput.ForItems("11a", "11b", "11c"),
            ["12"] = CriterionInput.ForItems(seed % 3 == 0 ? ["12a", "12b"] : ["12a", "12b", "12c"]),
            ["13"] = CriterionInput.ForRate(91 + seed % 8, 100),
        };
    }

    public static IReadOnlyDictionary<string, CriterionInput> Weak(int seed)
    {
        var inputs = new Dictionary<string, CriterionInput>(Good(seed));
        var children = 1000 + seed % 800;
        var births = 40 + seed % 40;
        var underFive = 250 + seed % 150;
        inputs["2"] = CriterionInput.ForRate(births * 93 / 100, births);
        inputs["3"] = CriterionInput.ForCount(1);
        inputs["8"] = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["8a"] = CriterionInput.ForRate(underFive * 12 / 100, underFive),
            ["8b"] = CriterionInput.ForRate(underFive * 11 / 100, underFive),
        });
        inputs["9"] = CriterionInput.ForRate(children * 75 / 100, children);
        inputs["13"] = CriterionInput.ForRate(75, 100);
        return inputs;
    }
}
