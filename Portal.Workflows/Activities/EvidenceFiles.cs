using Portal.Data;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Files;

namespace Portal.Workflows.Activities;

/// <summary>
/// Evidence files of communication activities: kept under the data folder (uploads/activities), never in the web root,
/// under a generated name, so an uploaded name can neither collide nor climb out of the folder.
/// </summary>
public static class EvidenceFiles
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public static IReadOnlyList<string> AllowedExtensions => DossierFiles.AllowedExtensions;

    /// <summary>The upload read and checked (size, then the type its bytes are), or the problems to show.</summary>
    public static async Task<(VerifiedUpload? Upload, List<string> Errors)> ReadAsync(IncomingFile file, CancellationToken ct)
    {
        var upload = await VerifiedUpload.ReadAsync(file, MaxBytes, ct);
        if (upload is null) return (null, [ActivityRules.Text("FileSize", MaxBytes / 1024 / 1024)]);
        return upload.Type is null ? (null, [ActivityRules.Text("FileType", string.Join(", ", AllowedExtensions))]) : (upload, []);
    }

    /// <summary>Writes the evidence (temporary name, then moved into place); gives its stored name.</summary>
    public static string Store(VerifiedUpload upload, PortalDataPaths paths) => upload.Place(Path.GetDirectoryName(PathOf("x", paths))!);

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
