using System.Globalization;
using System.Text;

namespace Portal.Benchmarks.Circuits;

/// <summary>The run's figures as Markdown tables (the form docs/performance.md keeps) and as CSV.</summary>
public sealed class CircuitsReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const double Mb = 1024 * 1024;

    public List<(string Path, Percentiles Time, double ServerCpuMs, string Load)> Render { get; } = [];
    public List<HeapFigures.Figure> Heap { get; } = [];
    public List<LevelFigure> Levels { get; } = [];
    public List<string> NotMeasured { get; } = [];

    public void Print(TextWriter o, CircuitsVerb.Options options)
    {
        o.WriteLine();
        o.WriteLine("| GET at 16 connections | p50 | p95 | server CPU per GET | requests | load average |");
        o.WriteLine("|---|---|---|---|---|---|");
        foreach (var (path, t, cpu, load) in Render) o.WriteLine(string.Create(Inv, $"| {path} | {t.P50:0} ms | {t.P95:0} ms | {cpu:0.0} ms | {t.Count} | {load} |"));
        o.WriteLine();
        o.WriteLine("| page | managed heap per circuit | resident per circuit | pages | load average |");
        o.WriteLine("|---|---|---|---|---|");
        foreach (var h in Heap) o.WriteLine(string.Create(Inv, $"| {h.Name} | {h.MbPerCircuit:0.00} MB | {h.ResidentMbPerCircuit:0.0} MB | {h.Pages} | {h.Load} |"));
        o.WriteLine();
        o.WriteLine(string.Create(Inv, $"Click to update, think time {options.Think} s (0.5–1.5×), {options.Seconds} s window per level:"));
        o.WriteLine("| app | client | circuits | p50 | p95 | p99 | steps | failed | server RSS | managed heap | cores: server / client / machine | load average |");
        o.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var l in Levels) o.WriteLine(Row(l));
        o.WriteLine();
        o.WriteLine("Per step (p50 / p95 ms), by level:");
        foreach (var l in Levels.Where(l => l.App != "template"))
            o.WriteLine($"  {l.Circuits} ({l.Client}): " + string.Join(", ", l.PerStep.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => string.Create(Inv, $"{s.Key} {s.Value.P50:0}/{s.Value.P95:0}"))));
        foreach (var n in NotMeasured) o.WriteLine($"Not measured: {n}");
    }

    /// <summary>One level as a row of the Markdown table.</summary>
    public static string Row(LevelFigure l) =>
        string.Create(Inv, $"| {l.App} | {l.Client} | {l.Circuits} | {l.Latency.P50:0} ms | {l.Latency.P95:0} ms | {l.Latency.P99:0} ms | {l.Latency.Count} | {l.Failures} | {l.ResidentBytes / Mb:0} MB | {l.ManagedBytes / Mb:0} MB | {l.Cores.Server:0.00} / {l.Cores.Client:0.00} / {l.Cores.Machine:0.00} | {l.Load} |");

    public string Csv()
    {
        var csv = new StringBuilder("kind,subject,p50_ms,p95_ms,p99_ms,count,failed,rss_mb,managed_mb,load,server_cores,client_cores,machine_cores,client,server_cpu_ms_per_get\n");
        foreach (var (path, t, cpu, load) in Render) csv.AppendLine(string.Create(Inv, $"render16,{path},{t.P50:0.#},{t.P95:0.#},{t.P99:0.#},{t.Count},0,,,{load},,,,,{cpu:0.##}"));
        foreach (var h in Heap) csv.AppendLine(string.Create(Inv, $"heap-per-circuit,\"{h.Name}\",,,,{h.Pages},0,{h.ResidentMbPerCircuit:0.##},{h.MbPerCircuit:0.###},{h.Load}"));
        foreach (var l in Levels)
            csv.AppendLine(string.Create(Inv, $"circuits-{l.App},{l.Circuits},{l.Latency.P50:0.#},{l.Latency.P95:0.#},{l.Latency.P99:0.#},{l.Latency.Count},{l.Failures},{l.ResidentBytes / Mb:0},{l.ManagedBytes / Mb:0.#},{l.Load},{l.Cores.Server:0.##},{l.Cores.Client:0.##},{l.Cores.Machine:0.##},{l.Client}"));
        return csv.ToString();
    }
}
