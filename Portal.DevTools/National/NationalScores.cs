using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Scoring;

namespace Portal.DevTools.National;

/// <summary>
/// The engine's points and totals for the national data set's inputs (the demo's figures), remembered by input: its dossiers repeat the same few inputs
/// thousands of times, and scoring checks the whole set on every call. The set is locked while dossiers use it, so
/// a remembered score never goes stale.
/// </summary>
internal sealed class NationalScores(StandardSet set)
{
    private readonly Dictionary<(string Category, string No, string Json), int?> _points = [];
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);

    public StandardSet Set => set;

    /// <summary>The stored form of <paramref name="input"/> and the points it earns.</summary>
    public (string Json, int? Points) Score(string category, string no, CriterionInput input)
    {
        var json = CriterionInputJson.Write(input);
        if (!_points.TryGetValue((category, no, json), out var points))
            _points[(category, no, json)] = points = DossierScoring.PointsFor(set, category, no, input);
        return (json, points);
    }

    public int SelfTotal(Dossier d) => Total(d, c => c.SelfInputJson, DossierScoring.SelfScore);

    public int AppraisedTotal(Dossier d) => Total(d, c => c.AppraisedInputJson, DossierScoring.AppraisedScore);

    private int Total(Dossier d, Func<CriterionEntry, string?> json, Func<StandardSet, Dossier, ScoreResult> score)
    {
        var key = d.Category + string.Concat(d.Criteria.Select(c => $"|{c.CriterionNo}={json(c)}"));
        if (!_totals.TryGetValue(key, out var total)) _totals[key] = total = score(set, d).Total;
        return total;
    }
}
