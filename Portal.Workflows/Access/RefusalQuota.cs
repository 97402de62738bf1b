using System.Collections.Concurrent;

namespace Portal.Workflows.Access;

/// <summary>
/// How many refusals of one user the <c>AccessRefusals</c> table takes per minute. A page reloaded in a loop, or a
/// script walking ids, would otherwise fill the database; past the quota a refusal goes to the application log only.
/// Counted in memory per process: a restart or a second server gives a fresh quota, which bounds the growth anyway.
/// </summary>
public sealed class RefusalQuota(TimeProvider clock, int perMinute = RefusalQuota.DefaultPerMinute)
{
    public const int DefaultPerMinute = 30;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    private sealed class Window(long minute)
    {
        public long Minute = minute;
        public int Count;
    }

    /// <summary>True when this refusal may be stored; otherwise how many were already refused this minute.</summary>
    public bool TryTake(string userKey, out int countThisMinute)
    {
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        var window = _windows.GetOrAdd(userKey, _ => new Window(minute));
        lock (window)
        {
            if (window.Minute != minute) (window.Minute, window.Count) = (minute, 0);
            countThisMinute = ++window.Count;
        }
        if (_windows.Count > 10_000) Forget(minute); // users who stopped long ago: keep the dictionary small
        return countThisMinute <= perMinute;
    }

    private void Forget(long minute)
    {
        foreach (var (key, window) in _windows)
            if (window.Minute < minute) _windows.TryRemove(key, out _);
    }
}
