using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Scoring;

/// <summary>numerator_vi / denominator_vi (and _en): read, written, validated, and the words refusals use for officials.</summary>
[Trait("Category", "Unit")]
public sealed class RateLabelTests
{
    private static readonly StandardSet Demo = ShippedSets.Load(ShippedSets.Demo);

    private static RateRule RateOf(StandardSet set, string no) => (RateRule)set.FindCriterion(no)!.Rule!;

    [Fact]
    public void The_shipped_sets_label_what_a_lower_is_better_rate_counts()
    {
        var law = RateOf(ShippedSets.Load(ShippedSets.Qd06), "4");

        Assert.Equal(("Số trẻ em vi phạm pháp luật, nghiện ma túy", "Tổng số trẻ em"), (law.NumeratorVi, law.DenominatorVi));
        Assert.Equal(("Số trẻ em vi phạm pháp luật, nghiện ma túy", "Tổng số trẻ em"), (law.NumeratorLabel(), law.DenominatorLabel()));
        Assert.All(ShippedSets.Load(ShippedSets.Demo).Criteria.Select(c => c.Rule).OfType<RateRule>(), r => Assert.NotNull(r.NumeratorVi));
    }

    [Fact]
    public void Labels_are_optional_and_fall_back_to_the_generic_words()
    {
        var set = TestSets.Single(TestSets.Rate("1", 10, true, """[{ "min": 50, "points": 10 }]"""), 10);

        Assert.Equal(("Tử số", "Mẫu số"), (RateOf(set, "1").NumeratorLabel(), RateOf(set, "1").DenominatorLabel()));
        Assert.DoesNotContain("numerator_vi", StandardSetFormat.Write(set), StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_survive_export_and_belong_to_rates_only()
    {
        var reloaded = TestSets.Accepted(StandardSetFormat.Write(Demo));
        var count = ShippedSets.Json(ShippedSets.Demo);
        count["criteria"]![2]!["numerator_vi"] = "Số vụ";

        Assert.Equal(RateOf(Demo, "4"), RateOf(reloaded, "4"));
        Assert.Contains("numerator_vi", SetProblems.At(count, "$.criteria[2].numerator_vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_told_to_officials_by_what_each_counts_and_to_the_verb_by_field()
    {
        var refusal = Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Demo, DemoInputs.BestCase().With("4", CriterionInput.ForRate(1300, 1200))));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal("Tiêu chí 4: Số trẻ em vi phạm pháp luật, nghiện ma túy (1300) lớn hơn Tổng số trẻ em (1200). Xin kiểm tra lại hai số này.", problem.ForOfficials);
        Assert.Contains("Tiêu chí 4, trường \"numerator\"", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("whenNoCases", problem.ForOfficials, StringComparison.Ordinal);
        Assert.DoesNotContain("\"numerator\"", problem.ForOfficials, StringComparison.Ordinal);
    }

    [Fact]
    public void No_cases_where_they_are_needed_is_told_by_the_denominator_label_without_developer_words()
    {
        var refusal = Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Demo, DemoInputs.BestCase().With("4", CriterionInput.ForRate(0, 0))));

        var problem = Assert.Single(refusal.Problems);
        Assert.StartsWith("Tiêu chí 4 – Tổng số trẻ em bằng 0", problem.ForOfficials, StringComparison.Ordinal);
        Assert.DoesNotContain("whenNoCases", problem.Message + problem.ForOfficials, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_reader_gets_the_english_labels_and_words()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new("en-US"), new("en-US"));
        try
        {
            var refusal = Assert.Throws<ScoreInputException>(() => StandardScorer.Score(Demo, DemoInputs.BestCase().With("4", CriterionInput.ForRate(1300, 1200))));

            Assert.Equal("Criterion 4: Children who break the law or use drugs (1300) is greater than All children (1200). Please check both figures.",
                Assert.Single(refusal.Problems).ForOfficials);
            Assert.Equal("Criterion 3 scored 0 points (rule: no criterion may score 0).", ScoringMessages.CriterionScoredZero("3"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void The_written_file_puts_labels_beside_the_rate_fields()
    {
        var criterion = JsonNode.Parse(StandardSetFormat.Write(Demo))!["criteria"]![3]!.AsObject();

        Assert.Equal("Số trẻ em vi phạm pháp luật, nghiện ma túy", (string?)criterion["numerator_vi"]);
        Assert.Equal("All children", (string?)criterion["denominator_en"]);
    }
}
