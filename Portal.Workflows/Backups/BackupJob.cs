using System.Globalization;
using Portal.Data;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Schedule;

namespace Portal.Workflows.Backups;

/// <summary>Where the daily backup goes and how many copies it keeps (0 turns it off). Portal:Backup:Folder, Portal:Backup:Keep.</summary>
public sealed record BackupSettings(string? Folder, int Keep)
{
    public static readonly BackupSettings Default = new(null, 7);

    public string FolderUnder(PortalDataPaths paths) => Folder is { Length: > 0 } f ? Path.GetFullPath(f) : Path.Combine(paths.DataDir, "backups");
}

/// <summary>
/// The daily backup: one archive per Vietnamese day (a second run the same day finds it and does nothing), then the
/// oldest archives beyond <see cref="BackupSettings.Keep"/> are deleted. Only files named like its own are touched.
/// </summary>
public sealed class BackupJob(PortalBackup backup, PortalDataPaths paths, BackupSettings settings, TimeProvider clock) : IPortalJob
{
    private const string Prefix = "portal-";

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (settings.Keep <= 0) return 0;
        var folder = settings.FolderUnder(paths);
        var today = PortalClock.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = Path.Combine(folder, $"{Prefix}{today}.zip");
        if (File.Exists(file)) return 0;
        await backup.CreateAsync(file, ct);
        foreach (var old in Archives(folder).SkipLast(settings.Keep)) File.Delete(old);
        return 1;
    }

    /// <summary>The job's archives, oldest first (the date in the name sorts them).</summary>
    public static IEnumerable<string> Archives(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, Prefix + "????-??-??.zip").Order(StringComparer.Ordinal)
            : [];
}
