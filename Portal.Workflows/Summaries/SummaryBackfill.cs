using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Workflows.Summaries;

/// <summary>
/// Summarises the rounds whose dossiers have no summary yet: a database from before the summaries existed, or data
/// written past the services. Run at every start, after the migrations; a database that is up to date costs one
/// indexed anti-join. One transaction per round, like the seeds.
/// </summary>
public static class SummaryBackfill
{
    public static async Task<int> EnsureAsync(IDbContextFactory<PortalDbContext> dbFactory, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rounds = await db.Dossiers.Where(d => !db.DossierSummaries.Any(s => s.DossierId == d.Id))
            .Select(d => d.RoundId).Distinct().ToListAsync(ct);
        foreach (var roundId in rounds)
        {
            await using var round = await dbFactory.CreateDbContextAsync(ct);
            await SummaryStore.RefreshRoundAsync(round, roundId, ct);
            await round.SaveChangesAsync(ct);
        }
        return rounds.Count;
    }
}
