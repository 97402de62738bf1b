using System.Diagnostics;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;
using Xunit.Abstractions;

namespace Portal.Tests.Reliability;

/// <summary>
/// Issue 14's crash test: the portal's services run in their own process (the crash-drive verb of the portal's own
/// executable) on a copy of the demo data, saving, uploading, commenting and stepping dossiers; the test kills it with
/// SIGKILL at a random moment after a random number of acknowledged actions, 20 times, and after each kill checks the
/// data folder against what was acknowledged. Each start's time to ready (database prepared) is measured and printed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Kills = 20;
    private readonly TestFolder _data = new("crash");

    public Task InitializeAsync() => PortalTemplate.CopyDemoToAsync(_data);

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Twenty_kills_lose_nothing_acknowledged_and_leave_nothing_half_applied()
    {
        var random = new Random(20261207);
        var log = new List<DriverLine>();
        var (lost, half, startups) = (0, 0, new List<double>());
        for (var kill = 1; kill <= Kills; kill++)
        {
            var (lines, startup) = await RunAndKillAsync(kill, acksBeforeKill: random.Next(1, 8), delayMs: random.Next(0, 40));
            startups.Add(startup.TotalSeconds);
            var before = log.Count;
            log.AddRange(lines.Select((l, i) => DriverLine.Parse(0, l)).OfType<DriverLine>().ToList().Select((l, i) => l with { Order = before + i + 1 }));
            var findings = await CrashChecker.CheckAsync(_data.Path, log);
            Assert.True(findings.Clean, $"after kill {kill}: {findings}");
            // The target is 15 s on an idle machine; the summary prints the slowest start. No time is asserted (a test may
            // not depend on timing: a loaded CI machine took 94 s once): a start that never gets ready fails in RunAndKillAsync.
            (lost, half) = (lost + findings.Lost.Count, half + findings.HalfApplied.Count);
        }
        var acknowledged = log.Count(l => l.Acknowledged);
        var summary = $"kills {Kills}, acknowledged {acknowledged}, lost {lost}, half-applied {half} (slowest start {startups.Max():0.0} s)";
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("PORTAL_CRASH_SUMMARY") is { Length: > 0 } file) await File.AppendAllTextAsync(file, summary + "\n");
        Assert.True(acknowledged >= Kills, summary);
        Assert.Contains(log, l => l is { Acknowledged: true, Kind: "upload" });
    }

    /// <summary>Starts the driver, waits for it to be ready and acknowledge some actions, kills it; gives what it printed.</summary>
    private async Task<(List<string> Lines, TimeSpan Startup)> RunAndKillAsync(int seed, int acksBeforeKill, int delayMs)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { typeof(PortalCli).Assembly.Location, "crash-drive", "--seed", seed.ToString(), $"--Portal:DataDir={_data.Path}" })
            start.ArgumentList.Add(a);
        var lines = new List<string>();
        var (ready, acked) = (new TaskCompletionSource(), new TaskCompletionSource());
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (lines)
            {
                lines.Add(e.Data);
                if (e.Data == "ready") ready.TrySetResult();
                if (lines.Count(l => l.StartsWith("ack ", StringComparison.Ordinal)) >= acksBeforeKill) acked.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) output.WriteLine("driver: " + e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Bounds that only catch a driver that hangs: ten minutes is far beyond any start seen (94 s at load average 77).
        await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(10)));
        var startup = clock.Elapsed;
        Assert.True(ready.Task.IsCompleted, $"the driver did not start (run {seed})");
        await Task.WhenAny(acked.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(10)));
        await Task.Delay(delayMs);
        process.Kill(entireProcessTree: true); // SIGKILL: no finally, no flush, no dispose runs in the driver
        await process.WaitForExitAsync();
        lock (lines) return ([.. lines], startup);
    }
}
