using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Workflows.Accounts;

namespace Portal.Web.Accounts;

public static class AccountsSetup
{
    /// <summary>
    /// Identity with cookie sign-in, the unit in the claims, sessions checked on every request (<see cref="SessionCheck"/>)
    /// and attempts throttled (<see cref="SignInThrottle"/>) instead of accounts locked (docs/decisions/0012).
    /// </summary>
    public static WebApplicationBuilder AddPortalAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingUserStateProvider>();
        services.AddSingleton<SessionCheck>();
        services.AddSingleton<SessionActivity>();
        services.AddSignInThrottle();
        services.AddAuthorization();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<PortalUser>(o =>
            {
                // No lockout on failed passwords: anyone who knows a name could lock its owner out. Sign-in is
                // throttled per address and per name instead. An account locked by other means stays locked.
                o.Lockout.AllowedForNewUsers = false;
                o.Password.RequiredLength = 8;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "portal.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure whenever the proxy says the client used TLS
            o.ExpireTimeSpan = SessionCheck.IdleTimeout;
            o.SlidingExpiration = true;
            // Replaces Identity's security stamp validator: see SessionCheck.
            o.Events.OnValidatePrincipal = SessionCheck.ValidateCookieAsync;
        });
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return builder;
    }
}
