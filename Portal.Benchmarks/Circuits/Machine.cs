using System.Runtime.InteropServices;

namespace Portal.Benchmarks.Circuits;

/// <summary>The machine the figures come from and how busy it was: every figure is printed beside the load average.</summary>
public static class Machine
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return $"{cpu}, {Environment.ProcessorCount} cores, {long.Parse(memory, System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024} GB, " +
               $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}";
    }
}
