using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Tests.Components;
using Portal.Web.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Dossiers.Drafts;

namespace Portal.Tests.Dossiers;

/// <summary>bUnit tests of the self-assessment panel: Phường 1's dossier in self-assessment, as its commune officer sees it.</summary>
public abstract class SelfAssessmentPanelTest : PortalComponentTest
{
    protected async Task<(IRenderedComponent<SelfAssessmentPanel> Cut, int Id)> RenderSelfAssessmentAsync(DossierTestBed bed)
    {
        Services.AddSingleton(bed.Edits);
        // Drafts are written at once here: a component test waits for nothing.
        Services.AddSingleton(bed.Db.Services.GetRequiredService<DossierDrafts>());
        Services.AddSingleton(new DraftOptions { KeepAfter = TimeSpan.Zero });
        var id = (await bed.DossierAsync("22015")).Id;
        await bed.StepAsync(bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        Render<MudPopoverProvider>();
        return (await RenderPanelAsync(bed, id), id);
    }

    /// <summary>The panel as the page shows it when (re)loaded: the dossier read again.</summary>
    protected async Task<IRenderedComponent<SelfAssessmentPanel>> RenderPanelAsync(DossierTestBed bed, int id)
    {
        var page = (await bed.Pages.ReadAsync(bed.CommuneOfficer, id)).Value!;
        return Render<SelfAssessmentPanel>(p => p.Add(x => x.Page, page).Add(x => x.Scope, bed.CommuneOfficer));
    }
}
