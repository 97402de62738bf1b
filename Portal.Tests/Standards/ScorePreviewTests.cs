using Bunit;
using MudBlazor;
using Portal.Tests.Components;
using Portal.Tests.Scoring;
using Portal.Web.Standards.Preview;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Standards;

[Trait("Category", "Component")]
public sealed class ScorePreviewTests : PortalComponentTest
{
    private static readonly StandardSet Demo = StandardSetFormat.Read(ShippedSets.Text(ShippedSets.Demo)).Set!;

    private IRenderedComponent<ScorePreview> RenderPreview(ScoreInput? initial = null)
    {
        Render<MudPopoverProvider>();
        return Render<ScorePreview>(p => p.Add(x => x.Set, Demo).Add(x => x.Initial, initial));
    }

    private static AngleSharp.Dom.IElement Criterion(IRenderedComponent<ScorePreview> cut, string no) =>
        cut.Find($".preview-criterion[data-no='{no}']");

    [Fact]
    public void Nothing_entered_is_incomplete_with_every_criterion_missing()
    {
        var cut = RenderPreview();
        Assert.Equal("Incomplete", cut.Find("#score-verdict").GetAttribute("data-verdict"));
        Assert.Contains("Còn thiếu (13)", cut.Find("#score-missing").TextContent);
    }

    [Fact]
    public void The_best_case_shows_1000_and_recognised_against_the_category_threshold()
    {
        var cut = RenderPreview(DemoInputs.BestCase("B"));
        Assert.Equal("1.000 / 1.000", cut.Find("#score-total").TextContent.Trim());
        Assert.Equal("850", cut.Find("#score-threshold").TextContent);
        Assert.Equal("Recognized", cut.Find("#score-verdict").GetAttribute("data-verdict"));
    }

    [Fact]
    public void Typing_a_lower_rate_updates_points_total_and_verdict_at_once()
    {
        var cut = RenderPreview(DemoInputs.BestCase());
        Criterion(cut, "2").QuerySelector(".input-numerator input")!.Input("96");
        cut.WaitForAssertion(() => Assert.Contains("50 / 75", Criterion(cut, "2").QuerySelector(".criterion-points")!.TextContent));
        Assert.Contains("96 %", Criterion(cut, "2").TextContent);
        Assert.Equal("975 / 1.000", cut.Find("#score-total").TextContent.Trim());

        Criterion(cut, "2").QuerySelector(".input-numerator input")!.Input("10");
        cut.WaitForAssertion(() => Assert.Equal("NotRecognized", cut.Find("#score-verdict").GetAttribute("data-verdict")));
        Assert.Contains("Tiêu chí 2", cut.Find("#score-reasons").TextContent);
    }

    [Fact]
    public void A_refused_input_is_shown_beside_its_criterion_and_the_rest_stays_scored()
    {
        var cut = RenderPreview(DemoInputs.BestCase());
        Criterion(cut, "2").QuerySelector(".input-numerator input")!.Input("150");
        cut.WaitForAssertion(() => Assert.NotNull(Criterion(cut, "2").QuerySelector(".criterion-error")));
        Assert.Contains("Tiêu chí 2", Criterion(cut, "2").QuerySelector(".criterion-error")!.TextContent);
        Assert.Equal("Incomplete", cut.Find("#score-verdict").GetAttribute("data-verdict"));
        Assert.Equal("925 / 1.000", cut.Find("#score-total").TextContent.Trim());
    }

    [Fact]
    public void Ticking_a_checklist_item_adds_its_points()
    {
        var cut = RenderPreview(DemoInputs.BestCase().With("1", CriterionInput.ForItems("1a")));
        Assert.Contains("50 / 100", Criterion(cut, "1").QuerySelector(".criterion-points")!.TextContent);
        var item = Criterion(cut, "1").QuerySelectorAll(".input-item input").ElementAt(3);
        Assert.Contains("1d.", Criterion(cut, "1").QuerySelectorAll(".input-item").ElementAt(3).TextContent);
        item.Change(true);
        cut.WaitForAssertion(() => Assert.Contains("70 / 100", Criterion(cut, "1").QuerySelector(".criterion-points")!.TextContent));
    }
}
