using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Dossiers;

/// <summary>A dossier's stored inputs scored: the commune's own, and the appraising level's.</summary>
public sealed record DossierScores(ScoreResult Self, ScoreResult Appraised);

/// <summary>
/// Scores a dossier's stored inputs with the one engine. Sets are cached by code: a set under which dossiers are
/// open is locked (it can only be copied), so a cached set never goes stale.
/// </summary>
public sealed class DossierScoring(IDbContextFactory<PortalDbContext> dbFactory)
{
    private readonly ConcurrentDictionary<string, StandardSet> _sets = new(StringComparer.Ordinal);
    private long _dossiersScored;

    /// <summary>How many dossiers <see cref="Score(StandardSet, Dossier)"/> has scored: a page load or a step adds one, which tests hold it to.</summary>
    public long DossiersScored => Interlocked.Read(ref _dossiersScored);

    public async Task<StandardSet> SetAsync(string code, CancellationToken ct = default)
    {
        if (_sets.TryGetValue(code, out var cached)) return cached;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var json = await db.StandardSets.Where(s => s.Code == code).Select(s => s.Json).FirstAsync(ct);
        var set = StandardSetFormat.Read(json).Set ?? throw new InvalidOperationException($"Stored set {code} is invalid.");
        return _sets.GetOrAdd(code, set);
    }

    /// <summary>Both scores of a dossier, computed once for everything that needs them (page, guards, totals).</summary>
    public DossierScores Score(StandardSet set, Dossier dossier)
    {
        Interlocked.Increment(ref _dossiersScored);
        return new DossierScores(SelfScore(set, dossier), AppraisedScore(set, dossier));
    }

    public static ScoreResult SelfScore(StandardSet set, Dossier dossier) =>
        Score(set, dossier.Category, dossier.Criteria.Select(c => (c.CriterionNo, c.SelfInputJson)));

    public static ScoreResult AppraisedScore(StandardSet set, Dossier dossier) =>
        Score(set, dossier.Category, dossier.Criteria.Select(c => (c.CriterionNo, c.AppraisedInputJson)));

    /// <summary>Stored inputs were checked when saved, so scoring them again cannot be refused.</summary>
    private static ScoreResult Score(StandardSet set, string category, IEnumerable<(string No, string? Json)> stored)
    {
        var inputs = stored.Where(s => s.Json is not null)
            .ToDictionary(s => s.No, s => CriterionInputJson.Read(s.Json)!, StringComparer.Ordinal);
        return StandardScorer.Score(set, new ScoreInput(category, inputs));
    }

    /// <summary>The points one criterion earns with <paramref name="input"/>; throws ScoreInputException when refused.</summary>
    public static int? PointsFor(StandardSet set, string category, string criterionNo, CriterionInput input)
    {
        var result = StandardScorer.Score(set, new ScoreInput(category, new Dictionary<string, CriterionInput> { [criterionNo] = input }));
        return result.Criteria.Single(c => c.No == criterionNo).Points;
    }
}
