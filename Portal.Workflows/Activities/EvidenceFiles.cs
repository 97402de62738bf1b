using Portal.Data;
using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Activities;

/// <summary>
/// Evidence files of communication activities: kept under the data folder (uploads/activities), never in the web root,
/// under a generated name, so an uploaded name can neither collide nor climb out of the folder.
/// </summary>
public static class EvidenceFiles
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public static IReadOnlyList<string> AllowedExtensions => DossierFiles.AllowedExtensions;

    public static IEnumerable<string> Check(IncomingFile file)
    {
        if (!AllowedExtensions.Contains(Path.GetExtension(file.Name).ToLowerInvariant()))
            yield return ActivityRules.Text("FileType", string.Join(", ", AllowedExtensions));
        if (file.Size is <= 0 or > MaxBytes) yield return ActivityRules.Text("FileSize", MaxBytes / 1024 / 1024);
    }

    public static async Task<string> StoreAsync(IncomingFile file, PortalDataPaths paths, CancellationToken ct)
    {
        var stored = Guid.NewGuid().ToString("N") + Path.GetExtension(file.Name).ToLowerInvariant();
        var path = PathOf(stored, paths);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var target = File.Create(path);
        await file.Content.CopyToAsync(target, ct);
        return stored;
    }

    public static void Delete(string? stored, PortalDataPaths paths)
    {
        if (stored is not null) File.Delete(PathOf(stored, paths));
    }

    public static string PathOf(string stored, PortalDataPaths paths) => Path.Combine(paths.Uploads, "activities", Path.GetFileName(stored));

    /// <summary>The type a browser needs to open the file, from its extension (the upload's own claim is not kept).</summary>
    public static string ContentType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".doc" => "application/msword",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xls" => "application/vnd.ms-excel",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
