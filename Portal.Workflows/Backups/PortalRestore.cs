using System.IO.Compression;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Backups;

/// <summary>
/// Brings a backup archive back into an empty data folder. Everything is checked before the folder is put in place:
/// every file against its checksum, nothing missing and nothing extra, the database's integrity and the row count of
/// every table against the manifest. The archive is unpacked beside the target and renamed into it at the end, so a
/// refused or interrupted restore leaves the target as it was.
/// </summary>
public static class PortalRestore
{
    public static async Task<Outcome<BackupManifest>> RunAsync(string archive, string dataDir, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(dataDir);
        if (!File.Exists(archive)) return Invalid(WorkflowText.Get("Backup.ArchiveMissing", archive));
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            return Invalid(WorkflowText.Get("Backup.TargetNotEmpty", target));
        var staging = target.TrimEnd(Path.DirectorySeparatorChar) + ".restoring-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var checkedManifest = await UnpackAsync(archive, staging, ct);
            if (!checkedManifest.Succeeded) return checkedManifest;
            if (Directory.Exists(target)) Directory.Delete(target);
            Directory.Move(staging, target);
            return checkedManifest;
        }
        catch (InvalidDataException)
        {
            return Invalid(WorkflowText.Get("Backup.NotAnArchive", archive));
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static async Task<Outcome<BackupManifest>> UnpackAsync(string archive, string staging, CancellationToken ct)
    {
        using var zip = ZipFile.OpenRead(archive);
        var manifestEntry = zip.GetEntry(BackupManifest.EntryName);
        BackupManifest? manifest = null;
        if (manifestEntry is not null)
            using (var reader = new StreamReader(manifestEntry.Open()))
                manifest = BackupManifest.FromJson(await reader.ReadToEndAsync(ct));
        if (manifest is null) return Invalid(WorkflowText.Get("Backup.NoManifest"));

        var expected = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName != BackupManifest.EntryName && !e.FullName.EndsWith('/')))
        {
            var path = Path.GetFullPath(Path.Combine(staging, entry.FullName));
            if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !expected.Remove(entry.FullName, out var listed))
            {
                errors.Add(WorkflowText.Get("Backup.Unlisted", entry.FullName));
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var source = entry.Open())
            await using (var file = File.Create(path))
                await source.CopyToAsync(file, ct);
            await using var written = File.OpenRead(path);
            var actual = await BackupManifest.DescribeAsync(entry.FullName, written, ct);
            if (actual != listed) errors.Add(WorkflowText.Get("Backup.ChecksumMismatch", entry.FullName));
        }
        errors.AddRange(expected.Keys.Select(missing => WorkflowText.Get("Backup.FileMissing", missing)));
        if (errors.Count == 0) errors.AddRange(CheckDatabase(Path.Combine(staging, BackupManifest.DatabaseEntry), manifest));
        return errors.Count == 0 ? manifest : Outcome.Invalid(errors).As<BackupManifest>();
    }

    private static IEnumerable<string> CheckDatabase(string file, BackupManifest manifest)
    {
        if (!SqliteSnapshot.IntegrityOk(file)) return [WorkflowText.Get("Backup.DatabaseDamaged")];
        var (tables, _) = SqliteSnapshot.Describe(file);
        return manifest.Tables
            .Where(t => tables.GetValueOrDefault(t.Key, -1) != t.Value)
            .Select(t => WorkflowText.Get("Backup.RowCountMismatch", t.Key, tables.GetValueOrDefault(t.Key, 0), t.Value));
    }

    private static Outcome<BackupManifest> Invalid(string message) => Outcome.Invalid(message).As<BackupManifest>();
}
