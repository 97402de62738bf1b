using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Dossiers;
using Portal.Web.Components.Loading;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Components;

/// <summary>
/// bUnit over a <see cref="DossierTestBed"/>: the bed's own dossier services (so that its counters count the page's
/// work), one user signed in, a prerender or an interactive render, and a hand-off shared between renders.
/// </summary>
public sealed class DossierPageHost : PortalComponentTest
{
    private readonly DossierTestBed _bed;

    public DossierPageHost(DossierTestBed bed, UserScope user, bool interactive, PrerenderHandoff? handoff = null)
    {
        _bed = bed;
        foreach (var type in new[] { typeof(DossierPageReader), typeof(DossierSteps), typeof(DossierEdits), typeof(DossierFiles), typeof(DossierScoring), typeof(DossierCorrections) })
            Services.AddSingleton(type, bed.Db.Services.GetRequiredService(type));
        Services.AddSingleton(bed.Db.Services.GetRequiredService<Portal.Workflows.Dossiers.Drafts.DossierDrafts>());
        Services.AddSingleton(new Portal.Workflows.Dossiers.Drafts.DraftOptions { KeepAfter = TimeSpan.Zero });
        Services.AddSingleton(bed.Db.Services.GetRequiredService<TimeProvider>());
        if (handoff is not null) Services.AddSingleton(handoff);
        var auth = AddAuthorization();
        auth.SetAuthorized(user.UserName);
        auth.SetRoles([.. user.Roles]);
        auth.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, user.UserId),
            new Claim(UserScope.UnitIdClaim, user.UnitId?.ToString(CultureInfo.InvariantCulture) ?? ""),
            new Claim(UserScope.UnitPathClaim, user.UnitPath ?? ""));
        SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
    }

    public Bunit.TestDoubles.BunitPersistentComponentState State => PersistentState;

    /// <summary>One panel of the dossier page as <paramref name="who"/> sees it now.</summary>
    public async Task<IRenderedComponent<TPanel>> PanelAsync<TPanel>(UserScope who, int id) where TPanel : IComponent
    {
        var page = (await _bed.Pages.ReadAsync(who, id)).Value!;
        return Render(b =>
        {
            b.OpenComponent<TPanel>(0);
            b.AddAttribute(1, "Page", page);
            b.AddAttribute(2, "Scope", who);
            b.CloseComponent();
        }).FindComponent<TPanel>();
    }
}
