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
    /// Untimed passes of the same load first, until two in a row make the server's JIT compile fewer than
    /// <see cref="QuietJit"/> methods each (at least <see cref="MinWarmPasses"/>, at most <see cref="MaxWarmPasses"/>): a
    /// freshly started server runs its first minutes of load on quickly compiled code and spends up to a third of its
    /// processor time recompiling the hot paths, which a portal serving for an hour has long done (records 0026, 0029).
    /// </summary>
    public const int MinWarmPasses = 3;
    public const int MaxWarmPasses = 150;
    public const int QuietJit = 10;

    public sealed record Figure(Percentiles Time, double ServerCpuMs, int WarmPasses, long LastWarmJit, long TimedJit);

    /// <summary>
    /// The timed pass's latencies, the server's processor time per GET over it (from /proc: at 16 connections on two
    /// cores the p95 of 160 GETs moves by a third between runs, the processor time per GET much less), how many passes
    /// warmed it, and the methods the JIT compiled in the last warm pass and in the timed one.
    /// </summary>
    public static async Task<Figure> MeasureAsync(ServerProcess server, Target target, int connections, int perConnection)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = connections, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(server.BaseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
        var cookie = target.Session is { } session ? CookieHeader(session) : null;
        var (passes, jit, quietInRow) = (0, 0L, 0);
        while (passes < MaxWarmPasses && (passes < MinWarmPasses || quietInRow < 2))
        {
            var before = await server.CompiledMethodsAsync();
            await PassAsync(http, target.Path, cookie, connections, perConnection);
            jit = await server.CompiledMethodsAsync() - before;
            quietInRow = jit < QuietJit ? quietInRow + 1 : 0;
            passes++;
        }
        var (ticks, methods) = (server.ProcessorTicks(), await server.CompiledMethodsAsync());
        var timed = await PassAsync(http, target.Path, cookie, connections, perConnection);
        var (cpu, timedJit) = ((server.ProcessorTicks() - ticks) * 1000.0 / CpuShare.TicksPerSecond / timed.Count, await server.CompiledMethodsAsync() - methods);
        return new Figure(timed, cpu, passes, jit, timedJit);
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
