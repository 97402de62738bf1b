using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Portal.Web.Security;

/// <summary>
/// The portal's HTTP hardening in one place: which proxy is trusted (<see cref="ProxyTrust"/>), HSTS under TLS,
/// the headers every response carries (<see cref="SecurityHeaders"/>), no <c>Server</c> banner, and a 400 instead of
/// a 500 or a bare status for bad input (<see cref="BadRequestAnswer"/>).
/// </summary>
public static class SecuritySetup
{
    public static WebApplicationBuilder AddPortalSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        // A value an endpoint cannot bind (?round=abc) is a 400 in every environment, not an exception page in Development.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        builder.Services.Configure<ForwardedHeadersOptions>(o => ProxyTrust.Configure(o, builder.Configuration));
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            // Only sent over HTTPS anyway; the intranet host name is whatever the proxy forwards, so none is exempt.
            o.ExcludedHosts.Clear();
        });
        return builder;
    }

    /// <summary>First in the pipeline: the client's address and scheme must be known before anything uses them.</summary>
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    /// <summary>
    /// After the status code pages (so its 400 has a body and is left alone by them), the culture (so it speaks the
    /// reader's language) and authorization (so a stranger is sent to sign in before being told anything of a page).
    /// </summary>
    public static WebApplication UsePortalBadRequestAnswer(this WebApplication app)
    {
        app.UseMiddleware<BadRequestAnswer>();
        return app;
    }
}
