using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Workflows.Accounts;

namespace Portal.Web.Accounts;

public static class AccountsSetup
{
    /// <summary>Identity with cookie sign-in, lockout after repeated failures, and the unit in the claims.</summary>
    public static WebApplicationBuilder AddPortalAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingUserStateProvider>();
        services.AddAuthorization();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<PortalUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();
        // A disabled account or a changed role loses its open sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "portal.auth";
        });
        return builder;
    }
}
