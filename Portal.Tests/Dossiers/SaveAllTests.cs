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
/// "Lưu các thay đổi" is one change (issue 14 item 1): when one figure is refused, the others are not saved either, and
/// when all are good they are saved together under one new version.
/// </summary>
[Trait("Category", "Component")]
public sealed class SaveAllTests : SelfAssessmentPanelTest
{
    [Fact]
    public async Task One_refused_figure_keeps_every_other_unsaved()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var (cut, id) = await RenderSelfAssessmentAsync(bed);
        await Type(cut, "5", "3", "1200");
        await Type(cut, "2", "1300", "1200"); // more children counted than there are: refused by the engine

        await cut.Find("#self-save-all").ClickAsync(new MouseEventArgs());

        Assert.Empty(await StoredAsync(bed, id));
        Assert.Equal(0, (await bed.DossierAsync("22015")).SelfTotal ?? 0);
    }

    [Fact]
    public async Task Good_figures_are_saved_together_under_one_new_version()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var (cut, id) = await RenderSelfAssessmentAsync(bed);
        var before = (await bed.DossierAsync("22015")).Version;
        await Type(cut, "2", "1150", "1200");
        await Type(cut, "5", "3", "1200");

        await cut.Find("#self-save-all").ClickAsync(new MouseEventArgs());

        Assert.Equal(["2", "5"], await StoredAsync(bed, id));
        Assert.Equal(before + 1, (await bed.DossierAsync("22015")).Version);
    }

    private static async Task Type(IRenderedComponent<SelfAssessmentPanel> cut, string no, string numerator, string denominator)
    {
        // One criterion's editor is open at a time: open this one (the other keeps its draft).
        await cut.Find($".self-criterion[data-no='{no}'] .self-open").ClickAsync(new MouseEventArgs());
        cut.Find($".self-criterion[data-no='{no}'] .input-numerator input").Input(numerator);
        cut.Find($".self-criterion[data-no='{no}'] .input-denominator input").Input(denominator);
    }

    private static async Task<List<string>> StoredAsync(DossierTestBed bed, int id)
    {
        await using var db = bed.Db.Context();
        return await db.CriterionEntries.Where(e => e.DossierId == id && e.SelfInputJson != null)
            .Select(e => e.CriterionNo).OrderBy(n => n).ToListAsync();
    }
}
