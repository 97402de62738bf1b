using Bunit;
using MudBlazor;
using Portal.Tests.Components;
using Portal.Tests.Scoring;
using Portal.Web.Standards.Preview;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Standards;

/// <summary>The inputs of a criterion as a commune officer types them: labelled by the set, read the Vietnamese way, with the rate shown.</summary>
[Trait("Category", "Component")]
public sealed class CriterionInputEditorTests : PortalComponentTest
{
    private static readonly StandardSet Demo = ShippedSets.Load(ShippedSets.Demo);

    private IRenderedComponent<ScorePreview> RenderPreview(StandardSet set, ScoreInput? initial = null)
    {
        Render<MudPopoverProvider>();
        return Render<ScorePreview>(p => p.Add(x => x.Set, set).Add(x => x.Initial, initial));
    }

    private static AngleSharp.Dom.IElement Criterion(IRenderedComponent<ScorePreview> cut, string no) =>
        cut.Find($".preview-criterion[data-no='{no}']");

    private static void Type(IRenderedComponent<ScorePreview> cut, string no, string field, string text) =>
        Criterion(cut, no).QuerySelector($".input-{field} input")!.Input(text);

    [Fact]
    public void A_rate_field_carries_what_the_set_says_to_count()
    {
        var cut = RenderPreview(Demo);

        Assert.Equal("Số trẻ em vi phạm pháp luật, nghiện ma túy", Criterion(cut, "4").QuerySelector(".input-numerator label")!.TextContent.Trim());
        Assert.Equal("Tổng số trẻ em", Criterion(cut, "4").QuerySelector(".input-denominator label")!.TextContent.Trim());
    }

    [Fact]
    public void Without_labels_in_the_set_the_fields_say_tu_so_and_mau_so()
    {
        var cut = RenderPreview(TestSets.Single(TestSets.Rate("1", 10, true, """[{ "min": 50, "points": 10 }]"""), 10));

        Assert.Equal("Tử số", Criterion(cut, "1").QuerySelector(".input-numerator label")!.TextContent.Trim());
        Assert.Equal("Mẫu số", Criterion(cut, "1").QuerySelector(".input-denominator label")!.TextContent.Trim());
    }

    [Fact]
    public void The_percentage_shows_beside_the_fields_as_they_are_typed()
    {
        var cut = RenderPreview(Demo, DemoInputs.BestCase());

        Type(cut, "4", "numerator", "1.195");
        Type(cut, "4", "denominator", "1.200");

        cut.WaitForAssertion(() => Assert.Equal("= 99,58 %", Criterion(cut, "4").QuerySelector(".input-rate")!.TextContent.Trim()));
        Assert.Contains("0 / 75", Criterion(cut, "4").QuerySelector(".criterion-points")!.TextContent);
        Assert.Equal("1.195", Criterion(cut, "4").QuerySelector(".input-numerator input")!.GetAttribute("value"));
    }

    [Fact]
    public void A_thousands_dot_is_read_as_thousands()
    {
        var cut = RenderPreview(Demo, DemoInputs.BestCase());

        Type(cut, "2", "denominator", "1.100");
        Type(cut, "2", "numerator", "1.078");   // 98 %

        cut.WaitForAssertion(() => Assert.Contains("75 / 75", Criterion(cut, "2").QuerySelector(".criterion-points")!.TextContent));
        Assert.Equal("= 98 %", Criterion(cut, "2").QuerySelector(".input-rate")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("12,5", "số nguyên")]
    [InlineData("3e2", "không phải là một số")]
    [InlineData("-3", "số âm")]
    [InlineData("ba", "không phải là một số")]
    public void Text_that_is_not_a_count_is_refused_in_vietnamese_and_kept_as_typed(string typed, string reason)
    {
        var cut = RenderPreview(Demo, DemoInputs.BestCase());

        Type(cut, "3", "count", typed);

        cut.WaitForAssertion(() => Assert.Contains(reason, Criterion(cut, "3").TextContent));
        Assert.Equal(typed, Criterion(cut, "3").QuerySelector(".input-count input")!.GetAttribute("value"));
        Assert.Contains("— / 75", Criterion(cut, "3").QuerySelector(".criterion-points")!.TextContent);   // not scored, never 0
        Assert.Equal("Incomplete", cut.Find("#score-verdict").GetAttribute("data-verdict"));
    }

    [Fact]
    public void A_refused_rate_is_told_in_the_words_of_the_set()
    {
        var cut = RenderPreview(Demo, DemoInputs.BestCase());

        Type(cut, "4", "numerator", "1.300");
        Type(cut, "4", "denominator", "1.200");

        cut.WaitForAssertion(() => Assert.Contains("Số trẻ em vi phạm pháp luật, nghiện ma túy (1300) lớn hơn Tổng số trẻ em (1200)",
            Criterion(cut, "4").QuerySelector(".criterion-error")!.TextContent));
    }

    [Fact]
    public void A_value_in_a_band_of_unknown_points_shows_chua_ro_and_a_provisional_total()
    {
        var cut = RenderPreview(ShippedSets.Load(ShippedSets.Qd34));

        Type(cut, "2", "numerator", "1");
        Type(cut, "2", "denominator", "2");

        cut.WaitForAssertion(() => Assert.Contains("chưa rõ / 50", Criterion(cut, "2").QuerySelector(".criterion-points")!.TextContent));
        Assert.NotNull(cut.Find("#score-provisional"));
        Assert.Equal("Incomplete", cut.Find("#score-verdict").GetAttribute("data-verdict"));
        Assert.Contains("chưa rõ số điểm cho kết quả 50 %", cut.Find("#score-missing").TextContent);
    }
}
