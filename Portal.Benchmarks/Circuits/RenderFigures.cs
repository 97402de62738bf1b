using System.Diagnostics;
using System.Text.Json;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// Issue 12's server render figure: GET of a page (prerendered HTML, no circuit) from 16 connections at once, each
/// signed in with its account's cookie, time to the whole answer; the sign-in page (no data) is the baseline.
/// </summary>
public static class RenderFigures
{
    public sealed record Target(string Path, string? Session);

    public static async Task<Percentiles> MeasureAsync(string baseUrl, Target target, int connections, int perConnection)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = connections, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
        var cookie = target.Session is { } session ? CookieHeader(session) : null;
        await GetAsync(http, target.Path, cookie); // the first answer compiles and fills caches: not counted
        var times = new List<double>();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            for (var i = 0; i < perConnection; i++)
            {
                var ms = await GetAsync(http, target.Path, cookie);
                lock (times) times.Add(ms);
            }
        }));
        return Percentiles.Of(times);
    }

    private static async Task<double> GetAsync(HttpClient http, string path, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        // A redirect to the sign-in form would time the wrong page.
        if ((int)response.StatusCode != 200) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The cookies of a Playwright storage state as one Cookie header.</summary>
    private static string CookieHeader(string storageState)
    {
        using var json = JsonDocument.Parse(storageState);
        return string.Join("; ", json.RootElement.GetProperty("cookies").EnumerateArray()
            .Select(c => $"{c.GetProperty("name").GetString()}={c.GetProperty("value").GetString()}"));
    }
}
