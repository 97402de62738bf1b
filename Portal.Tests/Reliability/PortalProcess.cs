using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Portal.Web.Cli;
using Xunit.Abstractions;

namespace Portal.Tests.Reliability;

/// <summary>
/// The portal's own web executable started as a process on a data folder, on a free local port, with the shutdown test
/// hooks on and Hangfire on its SQLite file; stopped the way a service manager stops it (SIGTERM).
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    public HttpClient Http { get; }

    private PortalProcess(Process process, Uri address) => (_process, Http) = (process, new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) });

    /// <summary>The address it answers on.</summary>
    public string BaseUrl => Http.BaseAddress!.ToString().TrimEnd('/');

    /// <summary>Starts it; <paramref name="settings"/> are given as command-line settings (a database on PostgreSQL, say).</summary>
    public static async Task<PortalProcess> StartAsync(string dataDir, ITestOutputHelper output, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { typeof(PortalCli).Assembly.Location, "--urls", $"http://127.0.0.1:{port}", $"--Portal:DataDir={dataDir}",
                     "--Portal:TestHooks=true", "--Portal:SeedDemo=false" })
            start.ArgumentList.Add(a);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) start.ArgumentList.Add($"--{key}={value}");
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Say(output, "portal: " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Say(output, "portal: " + e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        // Ready when it answers; a busy CI machine may take a minute to start it, a start that never answers fails.
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(250))
        {
            Assert.False(process.HasExited, "the portal exited while starting");
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(3), "the portal did not answer within 3 minutes");
            try { if ((await portal.Http.GetAsync("/test-hooks/slow?ms=0&file=" + Uri.EscapeDataString(Path.Combine(dataDir, "ready.log")))).IsSuccessStatusCode) return portal; }
            catch (HttpRequestException) { }
        }
    }

    /// <summary>SIGTERM, as systemd or docker stop sends it; gives how long the process took to exit.</summary>
    public async Task<TimeSpan> TerminateAsync()
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var cap = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _process.WaitForExitAsync(cap.Token);
        return clock.Elapsed;
    }

    public int ExitCode => _process.ExitCode;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync(); }
        _process.Dispose();
        Http.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The test's output helper throws once the test is over; the process may still print while being disposed.
    private static void Say(ITestOutputHelper output, string line)
    {
        try { output.WriteLine(line); } catch (InvalidOperationException) { }
    }
}
