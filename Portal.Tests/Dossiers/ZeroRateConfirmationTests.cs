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
/// A commune officer who counts the wrong children (1195 of 1200 "not in violation") is asked "Bạn có chắc?" once,
/// with what was counted, before the 0 points are saved; saving the same value again goes through.
/// </summary>
[Trait("Category", "Component")]
public sealed class ZeroRateConfirmationTests : SelfAssessmentPanelTest
{
    [Fact]
    public async Task A_rate_at_zero_points_is_asked_about_once_and_the_second_save_of_the_same_value_goes_through()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var (cut, id) = await RenderSelfAssessmentAsync(bed);
        await cut.Find(".self-criterion[data-no='4'] .self-open").ClickAsync(new MouseEventArgs());
        cut.Find(".self-criterion[data-no='4'] .input-numerator input").Input("1195");
        cut.Find(".self-criterion[data-no='4'] .input-denominator input").Input("1200");

        await cut.Find("#self-save-all").ClickAsync(new MouseEventArgs());

        var question = cut.WaitForElement(".self-criterion[data-no='4'] .confirm-zero").TextContent;
        Assert.Contains("Bạn có chắc?", question);
        Assert.Contains("1.195 / 1.200 = 99,58 % → 0 điểm", question);
        Assert.Contains("“Số trẻ em vi phạm pháp luật, nghiện ma túy” càng ít càng tốt", question);
        Assert.Null(await StoredInputAsync(bed, id));

        await cut.Find("#self-save-all").ClickAsync(new MouseEventArgs());

        Assert.Contains("\"numerator\":1195", await StoredInputAsync(bed, id));
    }

    [Fact]
    public async Task A_changed_value_after_the_question_is_asked_about_again()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var (cut, id) = await RenderSelfAssessmentAsync(bed);
        await cut.Find(".self-criterion[data-no='4'] .self-open").ClickAsync(new MouseEventArgs());
        cut.Find(".self-criterion[data-no='4'] .input-numerator input").Input("1195");
        cut.Find(".self-criterion[data-no='4'] .input-denominator input").Input("1200");
        await cut.Find("#self-save-all").ClickAsync(new MouseEventArgs());
        cut.WaitForElement(".self-criterion[data-no='4'] .confirm-zero");

        cut.Find(".self-criterion[data-no='4'] .input-numerator input").Input("1190");
        Assert.Empty(cut.FindAll(".self-criterion[data-no='4'] .confirm-zero"));
        await cut.Find("#self-save-all").ClickAsync(new MouseEventArgs());

        Assert.Contains("1.190 / 1.200", cut.WaitForElement(".self-criterion[data-no='4'] .confirm-zero").TextContent);
        Assert.Null(await StoredInputAsync(bed, id));
    }

    private static async Task<string?> StoredInputAsync(DossierTestBed bed, int id)
    {
        await using var db = bed.Db.Context();
        return await db.CriterionEntries.Where(e => e.DossierId == id && e.CriterionNo == "4").Select(e => e.SelfInputJson).FirstOrDefaultAsync();
    }
}
