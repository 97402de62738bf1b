using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Inputs for DEMO-06: the best case, and for each criterion an input that scores it 0.</summary>
internal static class DemoInputs
{
    public static IReadOnlyList<string> CriterionNos { get; } = Enumerable.Range(1, 13).Select(n => n.ToString()).ToList();

    public static ScoreInput BestCase(string category = "A") => new(category, new Dictionary<string, CriterionInput>
    {
        ["1"] = CriterionInput.ForItems("1a", "1b", "1c", "1d"),
        ["2"] = CriterionInput.ForRate(100, 100),
        ["3"] = CriterionInput.ForCount(0),
        ["4"] = CriterionInput.ForRate(0, 1000),
        ["5"] = CriterionInput.ForRate(0, 1000),
        ["6"] = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["6a"] = CriterionInput.ForRate(40, 40),
            ["6b"] = CriterionInput.ForRate(3, 3),
        }),
        ["7"] = CriterionInput.ForRate(250, 250),
        ["8"] = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["8a"] = CriterionInput.ForRate(0, 300),
            ["8b"] = CriterionInput.ForRate(0, 300),
        }),
        ["9"] = CriterionInput.ForRate(100, 100),
        ["10"] = CriterionInput.ForRate(100, 100),
        ["11"] = CriterionInput.ForItems("11a", "11b", "11c"),
        ["12"] = CriterionInput.ForItems("12a", "12b", "12c"),
        ["13"] = CriterionInput.ForRate(100, 100),
    });

    /// <summary>An input that earns criterion <paramref name="no"/> nothing under DEMO-06's bands.</summary>
    public static CriterionInput ZeroFor(string no) => no switch
    {
        "1" or "11" or "12" => CriterionInput.ForItems(),
        "3" => CriterionInput.ForCount(3),
        "4" or "5" => CriterionInput.ForRate(3, 100),
        "6" => CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["6a"] = CriterionInput.ForRate(0, 10),
            ["6b"] = CriterionInput.ForRate(9, 10),
        }),
        "8" => CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["8a"] = CriterionInput.ForRate(16, 100),
            ["8b"] = CriterionInput.ForRate(21, 100),
        }),
        _ => CriterionInput.ForRate(0, 10),
    };

    /// <summary>A copy of <paramref name="input"/> with criterion <paramref name="no"/> replaced (or removed when null).</summary>
    public static ScoreInput With(this ScoreInput input, string no, CriterionInput? criterion)
    {
        var criteria = new Dictionary<string, CriterionInput>(input.Criteria);
        if (criterion is null) criteria.Remove(no);
        else criteria[no] = criterion;
        return input with { Criteria = criteria };
    }

    public static int? PointsOf(this ScoreResult result, string no) => result.Criteria.Single(c => c.No == no).Points;
}
