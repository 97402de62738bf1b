using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Workflows.Files;

/// <summary>
/// At start-up, repairs what a crash can leave in the uploads folder: a staged file whose row was committed is moved
/// into place; temporary files and files no row refers to are removed. Only those older than <see cref="MinimumAge"/>, so an upload in flight
/// on another server is left alone.
/// </summary>
public static class UploadSweep
{
    public const string TemporarySuffix = ".tmp";
    public static readonly TimeSpan MinimumAge = TimeSpan.FromDays(1);

    /// <summary>Gives how many files were removed.</summary>
    public static async Task<int> RunAsync(PortalDbContext db, PortalDataPaths paths, DateTime nowUtc, CancellationToken ct = default)
    {
        if (!Directory.Exists(paths.Uploads)) return 0;
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in await db.DossierFiles.AsNoTracking().Select(f => new { f.DossierId, f.StoredName }).ToListAsync(ct))
            known.Add(Path.GetFullPath(Path.Combine(paths.Uploads, f.DossierId.ToString(CultureInfo.InvariantCulture), f.StoredName)));
        foreach (var stored in await db.CommunicationActivities.AsNoTracking().Where(a => a.EvidenceStoredName != null)
            .Select(a => a.EvidenceStoredName!).ToListAsync(ct))
            known.Add(Path.GetFullPath(Activities.EvidenceFiles.PathOf(stored, paths)));
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(paths.Uploads, "*" + TemporarySuffix, SearchOption.AllDirectories))
        {
            // A staged file whose row was committed just before a crash: finish its move (the row needs it).
            var final = file[..^TemporarySuffix.Length];
            if (known.Contains(Path.GetFullPath(final)) && !File.Exists(final)) File.Move(file, final);
        }
        foreach (var file in Directory.EnumerateFiles(paths.Uploads, "*", SearchOption.AllDirectories))
        {
            if (nowUtc - File.GetLastWriteTimeUtc(file) < MinimumAge || known.Contains(Path.GetFullPath(file))) continue;
            File.Delete(file);
            removed++;
        }
        return removed;
    }
}
