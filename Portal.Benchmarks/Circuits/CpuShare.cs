using System.Globalization;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// How many cores the server, the load's client and the whole machine used over a window, from /proc. The client
/// (chromium's processes, or this tool's for the protocol client) runs on the same cores as the server it measures;
/// these figures say how much of the machine each took, so a latency can be read as the server's or as a machine
/// shared with its clients.
/// </summary>
public sealed class CpuShare
{
    public const double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly int _serverPid;
    private readonly Func<int, string, bool> _isClient;
    private readonly (long Server, long Client, long MachineBusy) _start;
    private readonly DateTime _startedUtc = DateTime.UtcNow;

    private CpuShare(int serverPid, Func<int, string, bool> isClient) => (_serverPid, _isClient, _start) = (serverPid, isClient, Read(serverPid, isClient));

    /// <summary>Starts counting for the server process <paramref name="serverPid"/> and every process of the client (by id and name).</summary>
    public static CpuShare Start(int serverPid, Func<int, string, bool> isClient) => new(serverPid, isClient);

    /// <summary>Cores used since the start (a process that ended in between takes its time with it).</summary>
    public (double Server, double Client, double Machine) Stop()
    {
        var end = Read(_serverPid, _isClient);
        var seconds = Math.Max(0.001, (DateTime.UtcNow - _startedUtc).TotalSeconds);
        double Cores(long from, long to) => Math.Max(0, to - from) / TicksPerSecond / seconds;
        return (Cores(_start.Server, end.Server), Cores(_start.Client, end.Client), Cores(_start.MachineBusy, end.MachineBusy));
    }

    private static (long Server, long Client, long MachineBusy) Read(int serverPid, Func<int, string, bool> isClient)
    {
        long client = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(dir);
            if (!pid.All(char.IsAsciiDigit)) continue;
            var comm = TryRead(Path.Combine(dir, "comm"))?.Trim();
            if (comm is not null && isClient(int.Parse(pid, CultureInfo.InvariantCulture), comm))
                client += Ticks(TryRead(Path.Combine(dir, "stat")));
        }
        return (Ticks(TryRead($"/proc/{serverPid}/stat")), client, MachineBusyTicks());
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
