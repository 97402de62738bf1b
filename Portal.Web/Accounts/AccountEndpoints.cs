using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Portal.Data.Accounts;

namespace Portal.Web.Accounts;

/// <summary>
/// Sign-in and sign-out as plain form posts: the cookie must be written on an HTTP response,
/// which an interactive circuit does not have.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/login", LoginAsync).AllowAnonymous();
        app.MapPost("/account/logout", async (SignInManager<PortalUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }

    private static async Task<IResult> LoginAsync(HttpContext http, [FromForm] string? userName, [FromForm] string? password,
        [FromForm] string? returnUrl, SignInManager<PortalUser> signIn, UserManager<PortalUser> users, ILoggerFactory logs)
    {
        var log = logs.CreateLogger("Portal.Accounts");
        var name = userName?.Trim() ?? "";
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        string error;
        if (name.Length == 0 || string.IsNullOrEmpty(password)) error = "missing";
        else if (user is { IsDisabled: true }) error = "disabled";
        else
        {
            var result = await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded && user is not null)
            {
                log.LogInformation("User {User} signed in", name);
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(user.PreferredCulture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true });
                return Results.LocalRedirect(SafeReturnUrl(returnUrl));
            }
            error = result.IsLockedOut ? "locked" : "invalid";
            log.LogWarning("Sign-in failed for {User}: {Error}", name, error);
        }
        var query = $"?error={error}&userName={Uri.EscapeDataString(name)}&returnUrl={Uri.EscapeDataString(returnUrl ?? "")}";
        return Results.LocalRedirect("/account/login" + query);
    }

    /// <summary>Only a path of this site: an open redirect would let a link send staff elsewhere after sign-in.</summary>
    public static string SafeReturnUrl(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : "/";
}
