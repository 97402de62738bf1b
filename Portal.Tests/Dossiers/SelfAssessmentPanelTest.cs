using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Tests.Components;
using Portal.Web.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

/// <summary>bUnit tests of the self-assessment panel: Phường 1's dossier in self-assessment, as its commune officer sees it.</summary>
public abstract class SelfAssessmentPanelTest : PortalComponentTest
{
    protected async Task<(IRenderedComponent<SelfAssessmentPanel> Cut, int Id)> RenderSelfAssessmentAsync(DossierTestBed bed)
    {
        Services.AddSingleton(bed.Edits);
        var id = (await bed.DossierAsync("22015")).Id;
        await bed.StepAsync(bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        var page = (await bed.Pages.ReadAsync(bed.CommuneOfficer, id)).Value!;
        Render<MudPopoverProvider>();
        return (Render<SelfAssessmentPanel>(p => p.Add(x => x.Page, page).Add(x => x.Scope, bed.CommuneOfficer)), id);
    }
}
