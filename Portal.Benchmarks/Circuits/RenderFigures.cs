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

    /// <summary>
    /// Untimed passes of the same load first: at least <see cref="MinWarmPasses"/>, then until a pass's median is within
    /// 10 % of the one before (at most <see cref="MaxWarmPasses"/>): a freshly started server runs its first requests on quickly compiled code and
    /// recompiles the hot paths while they run, which a portal serving for a minute has long done (record 0026).
    /// </summary>
    public const int MinWarmPasses = 3;
    public const int MaxWarmPasses = 8;

    public static async Task<(Percentiles Time, int WarmPasses)> MeasureAsync(string baseUrl, Target target, int connections, int perConnection)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = connections, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
        var cookie = target.Session is { } session ? CookieHeader(session) : null;
        var previous = await PassAsync(http, target.Path, cookie, connections, perConnection);
        var passes = 1;
        while (passes < MaxWarmPasses)
        {
            var next = await PassAsync(http, target.Path, cookie, connections, perConnection);
            passes++;
            var steady = passes >= MinWarmPasses && next.P50 >= previous.P50 * 0.9;
            previous = next;
            if (steady) break;
        }
        return (await PassAsync(http, target.Path, cookie, connections, perConnection), passes);
    }

    private static async Task<Percentiles> PassAsync(HttpClient http, string path, string? cookie, int connections, int perConnection)
    {
        var times = new List<double>();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            for (var i = 0; i < perConnection; i++)
            {
                var ms = await GetAsync(http, path, cookie);
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
