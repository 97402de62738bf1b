using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Accounts;

/// <summary>
/// When each sign-in was last used, for the idle limit of open pages. The cookie's own sliding expiry only sees HTTP
/// requests, and a person working in an open page makes none: every request with a valid cookie counts, and so does
/// the page's script (<c>js/session-activity.js</c>), which calls <c>/account/alive</c> at most once a minute while
/// the person types or clicks. That call also renews the cookie. An open page unused for
/// <see cref="SessionCheck.IdleTimeout"/> is signed out by its revalidation. In memory: a Blazor Server page talks to
/// one process only.
/// </summary>
public sealed class SessionActivity(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastUse = new(StringComparer.Ordinal);

    public void Touch(ClaimsPrincipal user)
    {
        if (Key(user) is not { } key) return;
        var now = clock.GetUtcNow();
        _lastUse[key] = now;
        if (_lastUse.Count > 10_000) Forget(now - SessionCheck.AbsoluteLimit); // sessions past their absolute limit
    }

    /// <summary>Whether the sign-in has been unused longer than the idle limit (never seen counts as unused).</summary>
    public bool IsIdle(ClaimsPrincipal user) =>
        Key(user) is not { } key || !_lastUse.TryGetValue(key, out var last) || clock.GetUtcNow() - last >= SessionCheck.IdleTimeout;

    /// <summary>One sign-in: the account and the moment its password was given.</summary>
    private static string? Key(ClaimsPrincipal user) =>
        user.FindFirstValue(SessionCheck.SignedInAtClaim) is { } at && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            ? id + "|" + at : null;

    private void Forget(DateTimeOffset before)
    {
        foreach (var (key, last) in _lastUse)
            if (last < before) _lastUse.TryRemove(key, out _);
    }
}
