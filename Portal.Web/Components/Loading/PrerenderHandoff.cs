using Microsoft.Extensions.Caching.Memory;

namespace Portal.Web.Components.Loading;

/// <summary>
/// Hands what a page read while prerendering to the same page's interactive render, on the server. Only a random
/// token travels through the browser (persisted component state goes back over SignalR, whose messages are limited to
/// 32 KB: a national dashboard is larger than that). The token is bound to the user who read the data, is taken once,
/// and expires after a short while, so a page that never becomes interactive holds nothing for long.
/// </summary>
public sealed class PrerenderHandoff(IMemoryCache cache)
{
    /// <summary>Long enough for a slow browser to open its circuit; short enough that abandoned pages free their data.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private sealed record Entry(string UserId, object Value);

    public string Give(string userId, object value)
    {
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        cache.Set(Key(token), new Entry(userId, value), Lifetime);
        return token;
    }

    /// <summary>The value given under <paramref name="token"/> by the same user, once; null when absent, expired or another user's.</summary>
    public T? Take<T>(string token, string userId) where T : class
    {
        if (!cache.TryGetValue(Key(token), out Entry? entry) || entry is null) return null;
        cache.Remove(Key(token));
        return entry.UserId == userId ? entry.Value as T : null;
    }

    private static string Key(string token) => "prerender-handoff:" + token;
}
