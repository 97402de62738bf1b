using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>A file to attach, as the page received it.</summary>
public sealed record IncomingFile(string Name, string ContentType, long Size, Stream Content);

public sealed partial class DossierService
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public static readonly string[] AllowedExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png"];

    /// <summary>
    /// Stores a document or evidence file under the data folder with a generated name (never the uploaded one),
    /// then records it; a refused file leaves nothing behind.
    /// </summary>
    public async Task<StepResult> AddFileAsync(UserScope scope, int id, int version, DocumentKind kind, string? criterionNo,
        IncomingFile file, PortalDataPaths paths, CancellationToken ct = default)
    {
        var extension = Path.GetExtension(file.Name).ToLowerInvariant();
        if (!AllowedExtensions.Contains(extension)) return StepResult.Fail(WorkflowText.Get("Dossiers.FileType", string.Join(", ", AllowedExtensions)));
        if (file.Size is <= 0 or > MaxFileBytes) return StepResult.Fail(WorkflowText.Get("Dossiers.FileSize", MaxFileBytes / 1024 / 1024));
        var folder = Path.Combine(paths.Uploads, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var stored = Guid.NewGuid().ToString("N") + extension;
        var path = Path.Combine(folder, stored);
        await using (var target = File.Create(path)) await file.Content.CopyToAsync(target, ct);

        var result = await EditAsync(scope, id, version, DossierEdit.Files, c =>
        {
            c.Dossier.Files.Add(new DossierFile
            {
                DossierId = id, Kind = kind, CriterionNo = criterionNo, OriginalName = Path.GetFileName(file.Name),
                StoredName = stored, ContentType = file.ContentType, SizeBytes = file.Size, UploadedBy = scope.UserName, UploadedAtUtc = c.NowUtc,
            });
            return null;
        }, ct);
        if (!result.Succeeded) File.Delete(path);
        return result;
    }

    /// <summary>A file of a dossier the reader may read, or null (refusals are logged).</summary>
    public async Task<(DossierFile File, string Path)?> OpenFileAsync(UserScope scope, int fileId, PortalDataPaths paths, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var file = await db.DossierFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null) return null;
        var unitPath = await db.Dossiers.Where(d => d.Id == file.DossierId).Select(d => d.Unit!.Path).FirstAsync(ct);
        if (!AccessPolicy.CanRead(scope, unitPath))
        {
            await accessLog.RefuseAsync(scope, $"file:{fileId}", "read", "outside the user's unit", ct);
            return null;
        }
        var path = Path.Combine(paths.Uploads, file.DossierId.ToString(System.Globalization.CultureInfo.InvariantCulture), file.StoredName);
        return File.Exists(path) ? (file, path) : null;
    }
}
