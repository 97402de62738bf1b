using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.DevTools.Crash;
using Portal.Workflows.Audit;

namespace Portal.Tests.Reliability;

/// <summary>
/// Reads a data folder after a kill and compares it with what the driver printed: every acknowledged action is there,
/// no "save all" is half-applied (its six figures carry one token), every dossier's state is its last history row's,
/// the database passes its integrity check, the audit chain verifies, and no stored file lacks its row.
/// </summary>
public static class CrashChecker
{
    public static async Task<CrashFindings> CheckAsync(string dataDir, IReadOnlyList<DriverLine> log)
    {
        var file = Path.Combine(dataDir, "portal.db");
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={file};Pooling=False").Options);
        var inconsistent = new List<string>();
        if (!Portal.Workflows.Backups.SqliteSnapshot.IntegrityOk(file)) inconsistent.Add("integrity_check failed");
        var states = await db.Dossiers.Select(d => new
        {
            d.Id, d.State,
            Last = db.DossierEvents.Where(e => e.DossierId == d.Id).OrderByDescending(e => e.Id).Select(e => (DossierState?)e.ToState).FirstOrDefault(),
        }).ToListAsync();
        inconsistent.AddRange(states.Where(s => s.Last is { } last && last != s.State).Select(s => $"dossier {s.Id}: {s.State}, history {s.Last}"));
        // The audit chain links, and the tables, the dossiers' decisions and their history agree with it (issue 13).
        if ((await AuditChainWalk.WalkAsync(db, default)).Break is { } broken) inconsistent.Add($"audit chain broken at {broken.Id}: {broken.Problem}");
        inconsistent.AddRange(await DossierAgreement.DisagreementsAsync(db, default));
        inconsistent.AddRange(await AuditReplay.DisagreementsAsync(db, default));

        var touched = log.Where(l => l.Kind == "save").Select(l => l.DossierId).Distinct().ToList();
        var notes = (await db.CriterionEntries.Where(e => touched.Contains(e.DossierId) && CrashDriveVerb.SavedCriteria.Contains(e.CriterionNo))
            .Select(e => new { e.DossierId, e.SourceNote }).ToListAsync())
            .GroupBy(e => e.DossierId).ToDictionary(g => g.Key, g => g.Select(e => e.SourceNote).ToList());
        var half = notes.Where(n => n.Value.Any(IsCrash) && (n.Value.Count != CrashDriveVerb.SavedCriteria.Length || n.Value.Distinct().Count() != 1))
            .Select(n => $"dossier {n.Key}: {string.Join(",", n.Value)}").ToList();

        var comments = (await db.DossierComments.Where(c => c.Text.StartsWith("crash-")).Select(c => c.Text).ToListAsync()).ToHashSet();
        var files = await db.DossierFiles.Where(f => f.OriginalName.StartsWith("crash-")).Select(f => new { f.DossierId, f.OriginalName, f.StoredName }).ToListAsync();
        var lost = new List<string>();
        foreach (var ack in log.Where(l => l.Acknowledged))
        {
            var present = ack.Kind switch
            {
                "save" => notes.TryGetValue(ack.DossierId, out var n) && n.All(x => x is not null && Later(log, ack, x)),
                "comment" => comments.Contains("crash-" + ack.Token),
                "upload" => files.Any(f => f.OriginalName == $"crash-{ack.Token}.pdf"
                    && File.Exists(Path.Combine(dataDir, "uploads", f.DossierId.ToString(), f.StoredName))),
                _ => states.Any(s => s.Id == ack.DossierId && s.State != DossierState.Registered),
            };
            if (!present) lost.Add($"{ack.Kind} {ack.DossierId} {ack.Token}");
        }
        return new CrashFindings(lost, half, inconsistent, await OrphansAsync(db, dataDir));
    }

    private static bool IsCrash(string? note) => note?.StartsWith("crash-", StringComparison.Ordinal) == true;

    /// <summary>The stored token is the acknowledged one or one tried after it on the same dossier (its commit may precede the kill).</summary>
    private static bool Later(IReadOnlyList<DriverLine> log, DriverLine ack, string note) =>
        log.Any(l => l.Kind == "save" && l.DossierId == ack.DossierId && l.Order >= ack.Order - 1 && "crash-" + l.Token == note);

    private static async Task<List<string>> OrphansAsync(PortalDbContext db, string dataDir)
    {
        var uploads = Path.Combine(dataDir, "uploads");
        if (!Directory.Exists(uploads)) return [];
        var stored = (await db.DossierFiles.Select(f => f.DossierId + "/" + f.StoredName).ToListAsync()).ToHashSet();
        // Dossier folders only (activities keep their own); a name marked temporary is the sweep's to remove, not an orphan.
        return Directory.EnumerateDirectories(uploads).Where(d => int.TryParse(Path.GetFileName(d), out _))
            .SelectMany(d => Directory.EnumerateFiles(d).Select(f => Path.GetFileName(d) + "/" + Path.GetFileName(f)))
            .Where(f => !f.Contains(".tmp", StringComparison.Ordinal) && !stored.Contains(f)).ToList();
    }
}
