using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Circuits.Protocol;

/// <summary>
/// <see cref="StaffSteps"/>' rota on a protocol circuit: the same targets and the same "ready" conditions as its
/// script, read from the circuit's tree instead of the DOM. Timed from sending the event to the render batch after
/// which the condition holds; -1 when none came in 30 s, -2 when the page had nothing to act on.
/// </summary>
public static partial class ProtocolSteps
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<double> MeasureAsync(ProtocolCircuit circuit, string step, int dossierId)
    {
        var (name, arg) = step.Split(':') is [var n, var a] ? (n, a) : (step, "");
        if (name == "open") arg = dossierId.ToString(CultureInfo.InvariantCulture);
        var (target, ready) = circuit.Read(tree => Plan(tree, name, arg));
        if (target is null || ready is null) return -2;
        Func<Task> act = name == "type" ? () => circuit.TypeAsync(target, arg) : () => circuit.ClickAsync(target);
        return await circuit.MeasureAsync(act, ready, Patience);
    }

    /// <summary>What to act on and when its result shows, as the script's switch says (queried before acting).</summary>
    private static (Node? Target, Func<LogicalTree, bool>? Ready) Plan(LogicalTree tree, string step, string arg)
    {
        switch (step)
        {
            case "count":
                var before = tree.Find(Id("count"))?.TextContent();
                return (tree.Find(Id("increment")), t => t.Find(Id("count"))?.TextContent() != before);
            case "mine":
                var mine = tree.Find(Id("count-mine"));
                var pressed = mine?.Attribute("aria-pressed");
                return (mine, t => t.Find(Id("count-mine"))?.Attribute("aria-pressed") != pressed);
            case "open":
                var link = tree.Find(Id("queue-table"))?.Find(n => n.Name == "a" && n.HasClass("queue-link") && (n.Attribute("href") ?? "").EndsWith($"/dossiers/{arg}", StringComparison.Ordinal));
                return (link, t => Tabs(t).Any());
            case "tab":
                var index = int.Parse(arg, CultureInfo.InvariantCulture);
                return (Tabs(tree).ElementAtOrDefault(index), t => Tabs(t).ElementAtOrDefault(index)?.HasClass("mud-tab-active") == true);
            case "edit":
                return (Criterion(tree)?.Find(n => n.HasClass("appraisal-open")), t => NumeratorInput(t) is not null);
            case "type":
                var bad = !double.TryParse(arg, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                return (NumeratorInput(tree), t => InError(t) == bad);
            case "close":
                return (Criterion(tree)?.Find(n => n.HasClass("appraisal-close")), t => NumeratorInput(t) is null);
            case "queue":
                var menu = tree.Find(n => n.Name == "a" && n.HasClass("mud-nav-link") && n.Attribute("href") == "/queue");
                return (menu, t => t.Find(Id("queue-table")) is not null && t.Find(Id("dossier-tabs")) is null);
            default:
                throw new ArgumentException($"unknown step {step}", nameof(step));
        }
    }

    /// <summary>
    /// A dossier of the circuit's queue (the page it is on) whose appraisal panel lets it open criterion 2's editor:
    /// the queue's links followed one by one, as Servers.AppraisalDossierAsync does in chromium.
    /// </summary>
    public static async Task<int> AppraisalDossierAsync(ProtocolCircuit circuit)
    {
        var hrefs = circuit.Read(t => t.FindAll(n => n.HasClass("queue-link")).Select(n => n.Attribute("href") ?? "").ToList());
        foreach (var id in hrefs.Select(h => DossierId().Match(h)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
        {
            // The panel renders after the tabs (its data comes in a later batch): wait for its button, not for the tabs.
            var shown = await circuit.MeasureAsync(() => circuit.NavigateAsync($"/dossiers/{id}"),
                t => Criterion(t)?.Find(n => n.HasClass("appraisal-open")) is not null, TimeSpan.FromSeconds(20));
            if (shown >= 0) return id;
        }
        throw new InvalidOperationException("no dossier under appraisal in the queue");
    }

    [GeneratedRegex(@"/dossiers/(\d+)$")]
    private static partial Regex DossierId();

    private static Func<Node, bool> Id(string id) => n => n.Attribute("id") == id;

    private static IEnumerable<Node> Tabs(LogicalTree tree) => tree.Find(Id("dossier-tabs"))?.FindAll(n => n.HasClass("mud-tab")) ?? [];

    private static Node? Criterion(LogicalTree tree) => tree.Find(n => n.HasClass("appraisal-criterion") && n.Attribute("data-no") == "2");

    private static Node? Numerator(LogicalTree tree) => Criterion(tree)?.Find(n => n.HasClass("input-numerator"));

    private static Node? NumeratorInput(LogicalTree tree) => Numerator(tree)?.Find(n => n.Name == "input");

    private static bool InError(LogicalTree tree) =>
        Numerator(tree) is { } field && (field.HasClass("mud-input-error") || field.Find(n => n.HasClass("mud-input-error")) is not null);
}
