using System.Globalization;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// How many cores the server, the browser and the whole machine used over a window, from /proc. The load tool's
/// chromium renders every page on the same cores as the server it measures; these figures say how much of the machine
/// each took, so a latency can be read as the server's or as a machine shared with its clients.
/// </summary>
public sealed class CpuShare
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly int _serverPid;
    private readonly (long Server, long Browser, long MachineBusy) _start;
    private readonly DateTime _startedUtc = DateTime.UtcNow;

    private CpuShare(int serverPid) => (_serverPid, _start) = (serverPid, Read(serverPid));

    /// <summary>Starts counting for the server process <paramref name="serverPid"/> and every chromium process.</summary>
    public static CpuShare Start(int serverPid) => new(serverPid);

    /// <summary>Cores used since the start (a process that ended in between takes its time with it).</summary>
    public (double Server, double Browser, double Machine) Stop()
    {
        var end = Read(_serverPid);
        var seconds = Math.Max(0.001, (DateTime.UtcNow - _startedUtc).TotalSeconds);
        double Cores(long from, long to) => Math.Max(0, to - from) / TicksPerSecond / seconds;
        return (Cores(_start.Server, end.Server), Cores(_start.Browser, end.Browser), Cores(_start.MachineBusy, end.MachineBusy));
    }

    private static (long Server, long Browser, long MachineBusy) Read(int serverPid)
    {
        long browser = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(dir);
            if (!pid.All(char.IsAsciiDigit)) continue;
            var comm = TryRead(Path.Combine(dir, "comm"))?.Trim();
            if (comm is not null && (comm.StartsWith("chromium", StringComparison.Ordinal) || comm.StartsWith("chrome", StringComparison.Ordinal)))
                browser += Ticks(TryRead(Path.Combine(dir, "stat")));
        }
        return (Ticks(TryRead($"/proc/{serverPid}/stat")), browser, MachineBusyTicks());
    }

    /// <summary>utime + stime of a /proc/PID/stat line (fields 14 and 15; the name in parentheses may hold spaces).</summary>
    public static long Ticks(string? stat)
    {
        if (stat is null) return 0;
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static long MachineBusyTicks()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return cpu.Sum() - cpu[3] - cpu[4]; // all but idle and iowait
    }

    private static string? TryRead(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return null; } // the process ended while we looked
        catch (UnauthorizedAccessException) { return null; }
    }
}
