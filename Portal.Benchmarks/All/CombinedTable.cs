using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.All;

/// <summary>One line of the combined table: a figure, its baseline of the same run, the issue's target and whether it is met.</summary>
public sealed record CombinedRow(string Figure, double Measured, string Unit, double Baseline, double Ratio, string Target, bool Met, string Load);

/// <summary>
/// Issue 12's one table: the rows of the bench verb's CSV as it wrote them (its targets and "met" are its own, not
/// written twice here), and the browser figures with the targets the issue gives them. Free of the rest of the tool so
/// that the tests compile it as it is.
/// </summary>
public static partial class CombinedTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The heap figure's baseline: the empty template app's counter page.</summary>
    public const string HeapBaseline = "template counter";

    /// <summary>The render figure's baseline: the sign-in page, which reads no data.</summary>
    public const string RenderBaseline = "/account/login";

    public const double HeavyPageMb = 1.5, LightPageMb = 0.4, RenderP95Ms = 150;

    /// <summary>The rows of <c>bench --out FILE</c> (figure,measured,baseline,unit,ratio,target,met,…), with the load after the run.</summary>
    public static List<CombinedRow> FromBenchCsv(string csv, string load)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = Fields(lines[0]);
        int At(string column) => header.IndexOf(column) is >= 0 and var i ? i : throw new FormatException($"bench CSV without {column}");
        return [.. lines.Skip(1).Select(Fields).Select(f => new CombinedRow(f[At("figure")], Number(f[At("measured")]), f[At("unit")],
            Number(f[At("baseline")]), Number(f[At("ratio")]), f[At("target")], f[At("met")] == "yes", load))];
    }

    /// <summary>Managed heap per circuit by page (MB), each beside the template app's; a dossier page may take more than a list.</summary>
    public static List<CombinedRow> FromHeap(IReadOnlyList<(string Page, double Mb, string Load)> heap)
    {
        var baseline = heap.FirstOrDefault(h => h.Page == HeapBaseline).Mb;
        return [.. heap.Where(h => h.Page != HeapBaseline).Select(h =>
        {
            var limit = h.Page.StartsWith("/dossiers/", StringComparison.Ordinal) ? HeavyPageMb : LightPageMb;
            return new CombinedRow("heap " + h.Page, h.Mb, "MB", baseline, Ratio(h.Mb, baseline), string.Create(Inv, $"≤ {limit} MB"), h.Mb <= limit, h.Load);
        })];
    }

    /// <summary>Server render p95 at 16 connections by page (ms), each beside the sign-in page's.</summary>
    public static List<CombinedRow> FromRender(IReadOnlyList<(string Path, double P95, string Load)> render)
    {
        var baseline = render.FirstOrDefault(r => r.Path == RenderBaseline).P95;
        return [.. render.Where(r => r.Path != RenderBaseline).Select(r => new CombinedRow("render " + DossierId().Replace(r.Path, "/dossiers/{id}"),
            r.P95, "ms p95", baseline, Ratio(r.P95, baseline), string.Create(Inv, $"≤ {RenderP95Ms} ms"), r.P95 <= RenderP95Ms, r.Load))];
    }

    public static void PrintMarkdown(IReadOnlyList<CombinedRow> rows, TextWriter o)
    {
        o.WriteLine("| figure | measured | baseline | ratio | target | met | load average |");
        o.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var r in rows)
            o.WriteLine(string.Create(Inv, $"| {r.Figure} | {Shown(r.Measured)} {r.Unit} | {Shown(r.Baseline)} {r.Unit} | {r.Ratio:0.00} | {r.Target} | {(r.Met ? "yes" : "NO")} | {r.Load} |"));
    }

    public static string Csv(IReadOnlyList<CombinedRow> rows)
    {
        var csv = new StringBuilder("figure,measured,unit,baseline,ratio,target,met,load_average\n");
        foreach (var r in rows)
            csv.AppendLine(string.Join(',', Quote(r.Figure), r.Measured.ToString("0.###", Inv), Quote(r.Unit), r.Baseline.ToString("0.###", Inv),
                r.Ratio.ToString("0.###", Inv), Quote(r.Target), r.Met ? "yes" : "no", Quote(r.Load)));
        return csv.ToString();
    }

    private static double Ratio(double value, double baseline) => value == 0 || baseline == 0 ? 0 : value / baseline;

    private static string Shown(double value) => value.ToString(value >= 100 ? "0" : "0.0#", Inv);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, Inv);

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>One CSV line's fields: commas inside double quotes belong to the field, "" is a quote.</summary>
    private static List<string> Fields(string line)
    {
        var (fields, field, quoted) = (new List<string>(), new StringBuilder(), false);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    [GeneratedRegex(@"^/dossiers/\d+$")]
    private static partial Regex DossierId();
}
