using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Backups;

/// <summary>
/// Makes a backup archive of a data folder while the portal serves: a consistent copy of the database (online backup
/// API), the uploaded files and the data-protection keys, and a manifest with the row count of every table and the
/// checksum of every file. The job store (hangfire.db) is left out: the portal schedules its jobs again at start.
/// The archive is written under a temporary name and moved into place, so a half-written backup never looks whole.
/// </summary>
public sealed class PortalBackup(IDbContextFactory<PortalDbContext> factory, PortalDataPaths paths, TimeProvider clock)
{
    /// <summary>The folders of the data folder a backup carries besides the database.</summary>
    public static readonly string[] Folders = ["uploads", "keys"];

    public async Task<BackupManifest> CreateAsync(string archive, CancellationToken ct = default)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
            if (!db.Database.IsSqlite())
                throw new InvalidOperationException(WorkflowText.Get("Backup.SqliteOnly"));
        var target = Path.GetFullPath(archive);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var work = Path.Combine(Path.GetTempPath(), "portal-backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var partial = target + ".partial";
        try
        {
            var copy = Path.Combine(work, BackupManifest.DatabaseEntry);
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                await db.Database.OpenConnectionAsync(ct);
                SqliteSnapshot.Copy((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection(), copy);
            }
            var (tables, lastMigration) = SqliteSnapshot.Describe(copy);
            var files = new List<BackupFile>();
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                files.Add(await AddAsync(zip, BackupManifest.DatabaseEntry, copy, ct));
                foreach (var (entry, file) in DataFiles(paths.DataDir))
                    files.Add(await AddAsync(zip, entry, file, ct));
                var manifest = new BackupManifest(clock.GetUtcNow(), lastMigration, tables, files);
                await using var writer = new StreamWriter(zip.CreateEntry(BackupManifest.EntryName).Open());
                await writer.WriteAsync(manifest.ToJson());
                await writer.FlushAsync(ct);
                File.Move(partial, target, overwrite: true);
                return manifest;
            }
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The files of the carried folders, with their archive paths (forward slashes, relative to the data folder).</summary>
    public static IEnumerable<(string Entry, string File)> DataFiles(string dataDir) =>
        from folder in Folders
        let root = Path.Combine(dataDir, folder)
        where Directory.Exists(root)
        from file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        select (Path.GetRelativePath(dataDir, file).Replace('\\', '/'), file);

    private static async Task<BackupFile> AddAsync(ZipArchive zip, string entryName, string file, CancellationToken ct)
    {
        await using (var source = File.OpenRead(file))
        await using (var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open())
            await source.CopyToAsync(entry, ct);
        await using var again = File.OpenRead(file);
        return await BackupManifest.DescribeAsync(entryName, again, ct);
    }
}
