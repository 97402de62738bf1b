using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Portal.Data.Accounts;
using Portal.Workflows.Accounts;

namespace Portal.Web.Accounts;

/// <summary>
/// Sign-in and sign-out as plain form posts: the cookie must be written on an HTTP response,
/// which an interactive circuit does not have.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        // The antiforgery token is checked here rather than by the framework, whose refusal is a bare error page:
        // a stale sign-in page gets the form again with a sentence.
        app.MapPost("/account/login", LoginAsync).AllowAnonymous().DisableAntiforgery()
            .RequireRateLimiting(SignInThrottle.AddressPolicy);
        app.MapPost("/account/logout", LogoutAsync).DisableAntiforgery();
        // Called by an open page while the person works in it: the cookie check on the way counts it as use (SessionActivity).
        app.MapGet("/account/alive", () => Results.NoContent()).RequireAuthorization();
    }

    private static async Task<IResult> LoginAsync(HttpContext http, [FromForm] string? userName, [FromForm] string? password,
        [FromForm] string? returnUrl, IAntiforgery antiforgery, SignInThrottle throttle, PasswordCheck check,
        SignInManager<PortalUser> signIn, TimeProvider clock, ILoggerFactory logs)
    {
        var log = logs.CreateLogger("Portal.Accounts");
        var name = userName?.Trim() ?? "";
        if (!await antiforgery.IsRequestValidAsync(http)) return Again("expired", name, returnUrl);
        if (name.Length == 0 || string.IsNullOrEmpty(password)) return Again("missing", name, returnUrl);
        if (!throttle.TryTakeName(name))
        {
            log.LogWarning("Sign-in throttled for {User} from {Address}", name, http.Connection.RemoteIpAddress);
            await throttle.RejectAsync(http);
            return Results.Empty;
        }
        var result = await check.CheckAsync(name, password);
        if (result is { Outcome: PasswordCheckOutcome.Succeeded, User: { } user })
        {
            // The moment the password was given travels in the cookie: the absolute limit counts from it.
            await signIn.SignInWithClaimsAsync(user, new AuthenticationProperties { IsPersistent = false },
                [SessionCheck.SignedInAt(clock.GetUtcNow())]);
            log.LogInformation("User {User} signed in", name);
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(user.PreferredCulture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, Secure = http.Request.IsHttps });
            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        }
        var error = result.Outcome switch
        {
            PasswordCheckOutcome.Disabled => "disabled",
            PasswordCheckOutcome.LockedOut => "locked",
            _ => "invalid",
        };
        log.LogWarning("Sign-in failed for {User} from {Address}: {Error}", name, http.Connection.RemoteIpAddress, error);
        return Again(error, name, returnUrl);
    }

    /// <summary>Back to the form with the reason, the name typed and where the person was going.</summary>
    private static IResult Again(string error, string name, string? returnUrl) => Results.LocalRedirect(
        $"/account/login?error={error}&userName={Uri.EscapeDataString(name)}&returnUrl={Uri.EscapeDataString(returnUrl ?? "")}");

    /// <summary>
    /// Signing out ends every session of the account, on every device: a copied cookie is worthless afterwards.
    /// Only a post with a valid antiforgery token may do that; a forged one signs out this browser only.
    /// </summary>
    private static async Task<IResult> LogoutAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<PortalUser> signIn,
        UserManager<PortalUser> users, AccountSessions sessions)
    {
        if (await antiforgery.IsRequestValidAsync(http) && await users.GetUserAsync(http.User) is { } user)
            await sessions.EndAllAsync(users, user);
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }

    /// <summary>
    /// Only a path of this site: an open redirect would let a link send staff elsewhere after sign-in. Control
    /// characters are refused (a header cannot carry them: they made a 500); spaces and non-ASCII letters are escaped.
    /// </summary>
    public static string SafeReturnUrl(string? url)
    {
        if (url is not { Length: > 1 } || url[0] != '/' || url[1] == '/' || url[1] == '\\') return "/";
        if (url.Any(char.IsControl)) return "/";
        var safe = new StringBuilder(url.Length);
        foreach (var rune in url.EnumerateRunes()) // a lone surrogate comes out as U+FFFD, which escapes
            safe.Append(rune.IsAscii && rune.Value != ' ' ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        return safe.ToString();
    }
}
