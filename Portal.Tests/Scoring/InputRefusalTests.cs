using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>Inputs the format refuses: each refusal names the criterion and the field.</summary>
[Trait("Category", "Unit")]
public sealed class InputRefusalTests
{
    private static readonly StandardSet Demo = ShippedSets.Load(ShippedSets.Demo);

    private static ScoreInputProblem RefusalOf(string no, CriterionInput input)
    {
        var refusal = Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Demo, DemoInputs.BestCase().With(no, input)));
        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(refusal.Message, problem.Message);
        Assert.Contains($"Tiêu chí {no}", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{problem.Field}\"", problem.Message, StringComparison.Ordinal);
        return problem;
    }

    [Fact]
    public void A_numerator_greater_than_the_denominator_is_refused()
    {
        var problem = RefusalOf("2", CriterionInput.ForRate(101, 100));
        Assert.Equal(("2", "numerator"), (problem.CriterionNo, problem.Field));
    }

    [Fact]
    public void A_numerator_equal_to_the_denominator_is_not_refused()
    {
        Assert.Equal(75, StandardScorer.Score(Demo, DemoInputs.BestCase().With("2", CriterionInput.ForRate(7, 7))).PointsOf("2"));
    }

    [Theory]
    [InlineData(-1, 100, "numerator")]
    [InlineData(0, -5, "denominator")]
    public void A_negative_rate_field_is_refused(long numerator, long denominator, string field)
    {
        Assert.Equal(field, RefusalOf("9", CriterionInput.ForRate(numerator, denominator)).Field);
    }

    [Fact]
    public void A_negative_count_is_refused()
    {
        Assert.Equal("count", RefusalOf("3", CriterionInput.ForCount(-1)).Field);
    }

    [Fact]
    public void A_missing_field_is_refused()
    {
        Assert.Equal("denominator", RefusalOf("13", new CriterionInput { Numerator = 5 }).Field);
        Assert.Equal("count", RefusalOf("3", new CriterionInput()).Field);
        Assert.Equal("items", RefusalOf("11", new CriterionInput()).Field);
        Assert.Equal("parts", RefusalOf("6", new CriterionInput()).Field);
    }

    [Fact]
    public void An_unknown_item_code_is_refused_and_the_message_shows_the_valid_codes()
    {
        var problem = RefusalOf("12", CriterionInput.ForItems("12a", "12z"));

        Assert.Equal("items", problem.Field);
        Assert.Contains("12z", problem.Message, StringComparison.Ordinal);
        Assert.Contains("12a, 12b, 12c", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_code_of_another_criterion_is_unknown_here()
    {
        Assert.Contains("1a", RefusalOf("12", CriterionInput.ForItems("1a")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_part_code_is_refused()
    {
        var parts = new Dictionary<string, CriterionInput>
        {
            ["6a"] = CriterionInput.ForRate(1, 1),
            ["6b"] = CriterionInput.ForRate(1, 1),
            ["6c"] = CriterionInput.ForRate(1, 1),
        };

        var problem = RefusalOf("6", CriterionInput.ForParts(parts));

        Assert.Equal("parts", problem.Field);
        Assert.Contains("6c", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_that_the_kind_does_not_read_is_refused()
    {
        Assert.Equal("count", RefusalOf("2", new CriterionInput { Numerator = 1, Denominator = 1, Count = 4 }).Field);
    }

    [Fact]
    public void An_unknown_category_is_refused_naming_the_category_field()
    {
        var refusal = Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Demo, DemoInputs.BestCase("D")));

        var problem = Assert.Single(refusal.Problems);
        Assert.Null(problem.CriterionNo);
        Assert.Equal("category", problem.Field);
        Assert.Contains("\"D\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("A, B, C", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_for_a_criterion_the_set_does_not_have_is_refused()
    {
        var refusal = Assert.Throws<ScoreInputException>(() =>
            StandardScorer.Score(Demo, DemoInputs.BestCase().With("14", CriterionInput.ForYes(true))));

        Assert.Equal("14", Assert.Single(refusal.Problems).CriterionNo);
    }

    [Fact]
    public void All_problems_of_one_input_are_reported_together()
    {
        var input = DemoInputs.BestCase()
            .With("2", CriterionInput.ForRate(5, 4))
            .With("3", CriterionInput.ForCount(-2))
            .With("6", CriterionInput.ForParts(new Dictionary<string, CriterionInput> { ["6b"] = CriterionInput.ForRate(-1, 3) }));

        var refusal = Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Demo, input));

        Assert.Equal(new (string?, string?, string)[] { ("2", null, "numerator"), ("3", null, "count"), ("6", "6b", "numerator") },
            refusal.Problems.Select(p => (p.CriterionNo, p.PartCode, p.Field)));
    }
}
