using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Portal.DevTools.Benchmarks;

/// <summary>How the benchmark prints its figures: the machine and data first, then one line per figure, then the CSV.</summary>
public static class BenchTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The machine (processor, cores, memory, system, runtime) and the data the figures were taken on.</summary>
    public static string Machine(int dossiers, string databaseFile)
    {
        var cpu = ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ProcLine("/proc/meminfo", "MemTotal") is { } m && long.TryParse(m.Split(' ')[0], Inv, out var kb) ? $"{kb / 1024 / 1024} GB" : "?";
        var size = File.Exists(databaseFile) ? new FileInfo(databaseFile).Length / (1024 * 1024) : 0;
        return DevToolsText.Get("Bench.Machine", cpu, Environment.ProcessorCount, memory, RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription, dossiers.ToString("N0", Inv), size, LoadAverage());
    }

    /// <summary>Other work on the machine slows every figure alike: the load average (1, 5, 15 min) says how busy it was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static void Print(IReadOnlyList<BenchmarkFigure> figures, TextWriter stdout)
    {
        stdout.WriteLine($"{"figure",-20}{"measured",14}{"baseline",14}{"ratio",8}  {"target",-24}{"met",-5}");
        foreach (var f in figures)
            stdout.WriteLine(string.Create(Inv, $"{f.Name,-20}{Value(f.Value, f.Unit),14}{Value(f.Baseline, f.Unit),14}{f.Ratio,8:0.00}  {f.Target,-24}{(f.Met ? "yes" : "NO"),-5}"));
        stdout.WriteLine();
        foreach (var f in figures)
            stdout.WriteLine($"{f.Name}: {f.Title}. {DevToolsText.Get("Bench.BaselineIs")} {f.BaselineText}. {f.Note}".TrimEnd());
        stdout.WriteLine(DevToolsText.Get("Bench.NotMeasured"));
    }

    public static string Csv(IReadOnlyList<BenchmarkFigure> figures)
    {
        var csv = new StringBuilder("figure,measured,baseline,unit,ratio,target,met,title,baseline_is,note\n");
        foreach (var f in figures)
            csv.AppendLine(string.Join(',', f.Name, f.Value.ToString("0.###", Inv), f.Baseline.ToString("0.###", Inv), f.Unit,
                f.Ratio.ToString("0.###", Inv), Quote(f.Target), f.Met ? "yes" : "no", Quote(f.Title), Quote(f.BaselineText), Quote(f.Note)));
        return csv.ToString();
    }

    private static string Value(double value, string unit) => value.ToString(value >= 100 ? "0" : "0.0", Inv) + " " + unit;

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string? ProcLine(string file, string key) =>
        File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
}
