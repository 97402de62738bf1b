using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Sets with unknown values (QD06-2019, QD34-2014): a provisional total, never a final verdict.</summary>
[Trait("Category", "Unit")]
public sealed class IncompleteSetTests
{
    private static readonly StandardSet Qd06 = ShippedSets.Load(ShippedSets.Qd06);
    private static readonly StandardSet Qd34 = ShippedSets.Load(ShippedSets.Qd34);

    /// <summary>An input for every criterion of QD06-2019, as the format page's input shape allows.</summary>
    private static ScoreInput Qd06Inputs() => new("A", new Dictionary<string, CriterionInput>
    {
        ["1"] = CriterionInput.ForItems("1a", "1b", "1c"),
        ["2"] = CriterionInput.ForRate(99, 100),
        ["3"] = CriterionInput.ForRate(0, 100),
        ["4"] = CriterionInput.ForRate(0, 100),
        ["5"] = CriterionInput.ForRate(0, 100),
        ["6"] = CriterionInput.ForParts(new Dictionary<string, CriterionInput>
        {
            ["6a"] = CriterionInput.ForRate(19, 20),
            ["6b"] = CriterionInput.ForRate(4, 4),
        }),
        ["7"] = CriterionInput.ForRate(49, 50),
        ["8"] = CriterionInput.ForParts(new Dictionary<string, CriterionInput> { ["8a"] = CriterionInput.ForRate(1, 100) }),
        ["9"] = CriterionInput.ForRate(95, 100),
        ["10"] = CriterionInput.ForRate(99, 100),
        ["11"] = CriterionInput.ForItems("11a"),
        ["12"] = CriterionInput.ForItems("12a"),
        ["13"] = CriterionInput.ForRate(90, 100),
    });

    [Fact]
    public void Every_input_given_still_gives_incomplete_with_the_known_criteria_in_a_provisional_total()
    {
        var result = StandardScorer.Score(Qd06, Qd06Inputs());

        Assert.Equal(Verdict.Incomplete, result.Verdict);
        Assert.True(result.IsProvisional);
        Assert.Equal(80 + 125 + 50, result.Total);   // 1d (points unknown) is not met, so criterion 1 scores its other items
        Assert.Equal(1000, result.MaxTotal);
        Assert.Equal(900, result.MinTotal);
        Assert.Empty(result.Reasons);
        var known = result.Criteria.Where(c => c.Points is not null).Select(c => c.No);
        Assert.Equal(["1", "6", "7"], known);
        Assert.Null(result.Criteria.Single(c => c.No == "2").MaxPoints);
    }

    [Fact]
    public void The_missing_list_names_the_incomplete_set_and_each_unknown_value_by_its_path()
    {
        var missing = StandardScorer.Score(Qd06, Qd06Inputs()).Missing;

        Assert.Equal(ScoringMessages.SetNotComplete("QD06-2019"), missing[0]);
        Assert.Contains(ScoringMessages.ValueUnknown("Tiêu chí 2", "$.criteria[1].maxPoints"), missing);
        Assert.Contains(ScoringMessages.ValueUnknown("Tiêu chí 2", "$.criteria[1].bands"), missing);
        Assert.Contains(ScoringMessages.ValueUnknown("Tiêu chí 8", "$.criteria[7].parts"), missing);
        Assert.Contains(ScoringMessages.ValueUnknown("Tiêu chí 12", "$.criteria[11].items"), missing);
        Assert.DoesNotContain(missing, m => m.StartsWith("Tiêu chí 1:", StringComparison.Ordinal));
        Assert.DoesNotContain(missing, m => m.Contains("dữ liệu nhập", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_criterion_input_is_listed_beside_the_unknown_values()
    {
        var missing = StandardScorer.Score(Qd06, Qd06Inputs().With("7", null)).Missing;

        Assert.Contains(ScoringMessages.NoInput(InputSubject.Of("7")), missing);
    }

    [Fact]
    public void Refusals_still_apply_where_the_definition_is_known()
    {
        Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Qd06, Qd06Inputs().With("7", CriterionInput.ForRate(51, 50))));
        Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Qd06, Qd06Inputs().With("1", CriterionInput.ForItems("1x"))));
    }

    [Fact]
    public void Criteria_of_unknown_kind_accept_an_input_but_score_nothing_and_refuse_negative_numbers()
    {
        var input = new ScoreInput("B", new Dictionary<string, CriterionInput>
        {
            ["1"] = CriterionInput.ForYes(true),
            ["2"] = CriterionInput.ForRate(98, 100),
            ["3"] = CriterionInput.ForRate(1, 100),   // below 2 % ("dưới 2 %": 2 itself is not)
        });

        var result = StandardScorer.Score(Qd34, input);

        Assert.Equal(Verdict.Incomplete, result.Verdict);
        Assert.Equal(50 + 75, result.Total);
        Assert.Null(result.MinTotal);
        Assert.Contains(ScoringMessages.ValueUnknown("Loại B", "$.categories[1].minTotal"), result.Missing);
        Assert.Contains(ScoringMessages.ValueUnknown("Bộ tiêu chí QD34-2014", "$.passRules.noZeroCriterion"), result.Missing);
        Assert.Contains(ScoringMessages.ValueUnknown("Tiêu chí 15", "$.criteria[14].kind"), result.Missing);
        Assert.Contains(ScoringMessages.NoInput(InputSubject.Of("15")), result.Missing);
        Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Qd34, input.With("1", CriterionInput.ForCount(-1))));
    }

    [Fact]
    public void A_set_marked_incomplete_gives_no_verdict_even_when_no_value_is_null()
    {
        var set = TestSets.Accepted(TestSets.Json(10, 5, TestSets.YesNo("1", 10), complete: false));

        var result = StandardScorer.Score(set, TestSets.Input(("1", CriterionInput.ForYes(true))));

        Assert.Equal((10, Verdict.Incomplete), (result.Total, result.Verdict));
        Assert.Equal(ScoringMessages.SetNotComplete("TEST"), Assert.Single(result.Missing));
    }
}
