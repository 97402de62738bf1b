using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;

namespace Portal.Workflows.Summaries;

/// <summary>
/// The dossier summary's written list of criterion points ("1:3,2:4,5:0", see <see cref="Data.Summaries.DossierSummary.CriterionPoints"/>):
/// written from the criterion rows (saved, or as a change leaves them before it is saved) and read back by the panels.
/// The order is the criteria's (by number), so that the same points always give the same text and the check compares text.
/// </summary>
public static class CriterionPointsList
{
    /// <summary>One criterion's points: appraised where appraised, else self-assessed (null: not scored yet).</summary>
    public readonly record struct Points(string CriterionNo, int? Value);

    public static string Write(IEnumerable<Points> criteria) =>
        string.Join(',', criteria.Where(c => c.Value is not null)
            .OrderBy(c => c.CriterionNo.Length).ThenBy(c => c.CriterionNo, StringComparer.Ordinal)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.CriterionNo}:{c.Value}")));

    /// <summary>The scored criteria of a written list, in its order.</summary>
    public static IEnumerable<(string CriterionNo, int Points)> Read(string list)
    {
        foreach (var pair in list.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            yield return (pair[..colon], int.Parse(pair.AsSpan(colon + 1), CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The lists of <paramref name="dossiers"/> from their saved criterion rows (a dossier without any: "").</summary>
    public static async Task<Dictionary<int, string>> ReadAsync(PortalDbContext db, IQueryable<Dossier> dossiers, CancellationToken ct)
    {
        var ids = dossiers.Select(d => d.Id);
        var rows = await db.CriterionEntries.AsNoTracking().Where(c => ids.Contains(c.DossierId))
            .Select(c => new { c.DossierId, c.CriterionNo, Value = c.AppraisedPoints ?? c.SelfPoints }).ToListAsync(ct);
        return rows.GroupBy(r => r.DossierId).ToDictionary(g => g.Key, g => Write(g.Select(r => new Points(r.CriterionNo, r.Value))));
    }

    /// <summary>
    /// The list of a dossier as <paramref name="db"/>'s unit of work leaves it: its loaded criteria when the change
    /// loaded them, else the saved rows with any tracked (changed, added, deleted) row in place of its saved value.
    /// </summary>
    public static async Task<string> ReadPendingAsync(PortalDbContext db, Dossier d, CancellationToken ct)
    {
        static Points Of(CriterionEntry c) => new(c.CriterionNo, c.AppraisedPoints ?? c.SelfPoints);
        if (db.Entry(d).Collection(x => x.Criteria).IsLoaded)
            return Write(d.Criteria.Where(c => db.Entry(c).State != EntityState.Deleted).Select(Of));
        var tracked = db.ChangeTracker.Entries<CriterionEntry>().Where(e => e.Entity.DossierId == d.Id).ToList();
        var saved = await db.CriterionEntries.AsNoTracking().Where(c => c.DossierId == d.Id)
            .Select(c => new Points(c.CriterionNo, c.AppraisedPoints ?? c.SelfPoints)).ToListAsync(ct);
        var replaced = tracked.Select(e => e.Entity.CriterionNo).ToHashSet(StringComparer.Ordinal);
        return Write(saved.Where(p => !replaced.Contains(p.CriterionNo))
            .Concat(tracked.Where(e => e.State != EntityState.Deleted).Select(e => Of(e.Entity))));
    }

    /// <summary>Whether the unit of work leaves the dossier's criterion rows as saved: neither loaded nor any of them tracked.</summary>
    public static bool Untouched(PortalDbContext db, Dossier d) =>
        !db.Entry(d).Collection(x => x.Criteria).IsLoaded && !db.ChangeTracker.Entries<CriterionEntry>().Any(e => e.Entity.DossierId == d.Id);
}
