using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Web.Accounts;

/// <summary>
/// Whether a signed-in session still holds: at most <see cref="AbsoluteLimit"/> since the password was given, the
/// account still enabled, and its security stamp still the one in the cookie (sign-out, a disabled account, a new
/// role, unit or password all change it). Run on every request that carries the cookie and every few seconds for an
/// open page. One indexed read of two columns, instead of Identity's validator, which rebuilds the whole principal
/// (roles, unit) and rewrites the cookie each time it runs.
/// </summary>
public sealed class SessionCheck(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    /// <summary>Sliding: a cookie not used for this long is no longer accepted.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    /// <summary>However busy the person, a new sign-in after this long.</summary>
    public static readonly TimeSpan AbsoluteLimit = TimeSpan.FromHours(12);
    /// <summary>When the password was given (Unix seconds), written once at sign-in and never renewed.</summary>
    public const string SignedInAtClaim = "portal:signed_in_at";
    /// <summary>Clocks of two servers may differ a little; a cookie from a minute ahead is not refused for that.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private sealed record StampRow(string? SecurityStamp, bool IsDisabled);

    private static readonly CompiledPerModel<Func<PortalDbContext, string, CancellationToken, Task<StampRow?>>> ReadStamp =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, string id, CancellationToken ct) =>
            db.Users.Where(u => u.Id == id).Select(u => new StampRow(u.SecurityStamp, u.IsDisabled)).FirstOrDefault()));

    public static Claim SignedInAt(DateTimeOffset now) =>
        new(SignedInAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    public static bool WithinAbsoluteLimit(ClaimsPrincipal user, DateTimeOffset now)
    {
        if (!long.TryParse(user.FindFirstValue(SignedInAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        var age = now - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age > -ClockSkew && age < AbsoluteLimit;
    }

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!WithinAbsoluteLimit(user, clock.GetUtcNow())) return false;
        var id = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (id is null || stamp is null) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ReadStamp.For(db)(db, id, ct) is { IsDisabled: false } row && row.SecurityStamp == stamp;
    }

    /// <summary>The cookie's check on every request: a session that no longer holds is signed out; one that holds was used.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (context.Principal is { } user && await services.GetRequiredService<SessionCheck>().IsCurrentAsync(user, context.HttpContext.RequestAborted))
        {
            services.GetRequiredService<SessionActivity>().Touch(user);
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
