using Microsoft.Extensions.Caching.Memory;

namespace Portal.Web.Components.Loading;

/// <summary>
/// Hands what a page read while prerendering to the same page's interactive render, on the server. Only a random
/// token travels through the browser (persisted component state goes back over SignalR, whose messages are limited to
/// 32 KB: a national dashboard is larger than that). The token is bound to the user who read the data, is taken once,
/// and expires after a short while, so a page that never becomes interactive holds nothing for long.
/// </summary>
/// <remarks>
/// Bounded in time and in count (record 0031): a page whose circuit never comes (a crawler, a closed tab, a flood of
/// GETs) would otherwise keep its data alive and make every collection of the server's heap dearer. What does not fit
/// or has expired is simply read again by the interactive render.
/// </remarks>
public sealed class PrerenderHandoff(int capacity = PrerenderHandoff.DefaultCapacity) : IDisposable
{
    /// <summary>A circuit opens within a few seconds of its page arriving; a slow line still fits.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Pages in flight between their prerender and their circuit, server-wide.</summary>
    public const int DefaultCapacity = 1000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = capacity });

    private sealed record Entry(string UserId, object Value);

    public string Give(string userId, object value)
    {
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        _cache.Set(token, new Entry(userId, value), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return token;
    }

    /// <summary>The value given under <paramref name="token"/> by the same user, once; null when absent, expired or another user's.</summary>
    public T? Take<T>(string token, string userId) where T : class
    {
        if (!_cache.TryGetValue(token, out Entry? entry) || entry is null) return null;
        _cache.Remove(token);
        return entry.UserId == userId ? entry.Value as T : null;
    }

    /// <summary>Entries held now (expired ones may linger until the cache next scans).</summary>
    public int Count => _cache.Count;

    public void Dispose() => _cache.Dispose();
}
