using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Tests.Components;
using Portal.Web.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

/// <summary>
/// The self-assessment panel keeps its circuit light (issue 12 item 3): every criterion is plain text until the officer
/// opens one, and only one criterion's editor exists at a time; a draft typed in a closed row stays and is saved.
/// </summary>
[Trait("Category", "Component")]
public sealed class LightPanelTests : SelfAssessmentPanelTest
{
    [Fact]
    public async Task Only_the_opened_criterion_has_an_editor_and_a_closed_draft_is_kept_for_saving()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var (cut, id) = await RenderSelfAssessmentAsync(bed);

        Assert.Empty(cut.FindAll(".input-numerator input"));
        Assert.True(cut.FindAll(".self-open").Count > 1);

        await cut.Find(".self-criterion[data-no='2'] .self-open").ClickAsync(new MouseEventArgs());
        Assert.NotEmpty(cut.FindAll(".self-criterion[data-no='2'] .input-numerator input"));
        Assert.Equal(cut.FindAll(".self-criterion[data-no='2'] .input-numerator input").Count, cut.FindAll(".input-numerator input").Count);
        cut.Find(".self-criterion[data-no='2'] .input-numerator input").Input("99");
        cut.Find(".self-criterion[data-no='2'] .input-denominator input").Input("100");

        await cut.Find(".self-criterion[data-no='4'] .self-open").ClickAsync(new MouseEventArgs());
        Assert.Empty(cut.FindAll(".self-criterion[data-no='2'] .input-numerator input"));
        Assert.NotEmpty(cut.FindAll(".self-criterion[data-no='4'] .input-numerator input"));

        await cut.Find("#self-save-all").ClickAsync(new MouseEventArgs());
        await using var db = bed.Db.Context();
        Assert.NotNull(await db.CriterionEntries.Where(e => e.DossierId == id && e.CriterionNo == "2").Select(e => e.SelfInputJson).FirstOrDefaultAsync());
    }
}
