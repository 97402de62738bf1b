using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Workflows.Summaries;

/// <summary>
/// Recomputes every summary from the detail and lists each difference with the stored rows: a missing row, a row with
/// nothing behind it, a value that differs. Round by round, so the national data set never sits in memory at once.
/// </summary>
public sealed class SummaryCheck(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<IReadOnlyList<string>> DifferencesAsync(CancellationToken ct = default)
    {
        var found = new List<string>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var seen = new HashSet<int>();
        foreach (var roundId in await db.Rounds.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct))
        {
            var expected = await DossierSummaryReader.ReadAsync(db, db.Dossiers.Where(d => d.RoundId == roundId), ct);
            var ids = expected.Select(e => e.DossierId).ToList();
            var stored = await db.DossierSummaries.Where(s => ids.Contains(s.DossierId)).ToDictionaryAsync(s => s.DossierId, ct);
            foreach (var row in expected)
            {
                seen.Add(row.DossierId);
                if (!stored.TryGetValue(row.DossierId, out var old)) found.Add(SummaryText.Get("Check.DossierMissing", row.DossierId));
                else found.AddRange(DossierSummaryReader.Differences(old, row).Select(d => SummaryText.Get("Check.Dossier", row.DossierId, d)));
            }
        }
        var extra = await db.DossierSummaries.Select(s => s.DossierId).ToListAsync(ct);
        found.AddRange(extra.Where(id => !seen.Contains(id)).Select(id => SummaryText.Get("Check.DossierExtra", id)));

        var communes = await CommuneSummaryReader.ReadAsync(db, _ => true, ct);
        var storedCommunes = await db.CommuneSummaries.ToDictionaryAsync(s => s.CommuneId, ct);
        foreach (var row in communes)
        {
            if (!storedCommunes.Remove(row.CommuneId, out var old)) found.Add(SummaryText.Get("Check.CommuneMissing", row.CommuneId));
            else found.AddRange(CommuneSummaryReader.Differences(old, row).Select(d => SummaryText.Get("Check.Commune", row.CommuneId, d)));
        }
        found.AddRange(storedCommunes.Keys.Select(id => SummaryText.Get("Check.CommuneExtra", id)));
        return found;
    }
}
