using Microsoft.AspNetCore.Diagnostics;
using MudBlazor;
using MudBlazor.Services;
using Portal.Web.Accounts;
using Portal.Web.Activities;
using Portal.Web.Components;
using Portal.Web.Components.Loading;
using Portal.Web.Dossiers;
using Portal.Web.Localization;
using Portal.Web.Notifications;
using Portal.Web.Reports;
using Portal.Web.Security;
using Portal.Web.Standards;

namespace Portal.Web.Startup;

public static class PortalUiSetup
{
    public static WebApplicationBuilder AddPortalUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Messages come up at the bottom: at the top right they lay over the bell and sign-out on a desktop, and on a
        // phone over the whole width under the bar, where the dossier's step buttons are (issue 16 item 2).
        builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton(_ => new PrerenderHandoff());
        // Bells follow notifications created by other instances too (docs/scale-out.md).
        builder.Services.AddNotificationWatcher(builder.Configuration);
        return builder;
    }

    /// <summary>The request pipeline, in the order ASP.NET Core needs it.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UsePortalSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Only for reads: re-running a page for a refused POST (a stale form) would fail its antiforgery check in turn.
        app.Use((http, next) =>
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
                && http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            return next(http);
        });
        app.UsePortalLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePortalBadRequestAnswer();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapStandardsEndpoints();
        app.MapDossierEndpoints();
        app.MapDecisionEndpoints();
        app.MapActivityEndpoints();
        app.MapReportEndpoints();
        app.MapDevMemoryEndpoint();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
