using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>A file to attach, as the page received it.</summary>
public sealed record IncomingFile(string Name, string ContentType, long Size, Stream Content);

/// <summary>A stored file a reader may download: where it lies, and how to hand it over.</summary>
public sealed record StoredFile(string Path, string ContentType, string OriginalName);

/// <summary>
/// The documents and evidence of dossiers, kept under the data folder (outside the web root) with generated names,
/// read with the same scope rule as the dossier.
/// </summary>
public sealed class DossierFiles(IDbContextFactory<PortalDbContext> dbFactory, DossierMutation mutation, AccessLog accessLog,
    PortalDataPaths paths)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public static readonly string[] AllowedExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png"];

    /// <summary>Stores a document or evidence file, then records it; a refused file leaves nothing behind. Gives the new version.</summary>
    public async Task<Outcome<int>> AddAsync(UserScope scope, int id, int version, DocumentKind kind, string? criterionNo,
        IncomingFile file, CancellationToken ct = default)
    {
        var extension = Path.GetExtension(file.Name).ToLowerInvariant();
        if (!AllowedExtensions.Contains(extension))
            return Outcome.Invalid(WorkflowText.Get("Dossiers.FileType", string.Join(", ", AllowedExtensions))).As<int>();
        if (file.Size is <= 0 or > MaxFileBytes) return Outcome.Invalid(WorkflowText.Get("Dossiers.FileSize", MaxFileBytes / 1024 / 1024)).As<int>();
        var folder = Path.Combine(paths.Uploads, id.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var stored = Guid.NewGuid().ToString("N") + extension;
        var path = Path.Combine(folder, stored);
        await using (var target = File.Create(path)) await file.Content.CopyToAsync(target, ct);

        var result = await mutation.EditAsync(scope, id, version, DossierEdit.Files, w =>
        {
            w.Dossier.Files.Add(new DossierFile
            {
                DossierId = id, Kind = kind, CriterionNo = criterionNo, OriginalName = Path.GetFileName(file.Name),
                StoredName = stored, ContentType = file.ContentType, SizeBytes = file.Size, UploadedBy = scope.UserName, UploadedAtUtc = w.NowUtc,
            });
            return Outcome.Done;
        }, ct);
        if (!result.Succeeded) File.Delete(path);
        return result;
    }

    /// <summary>A file of a dossier the reader may read. Outside the scope it is refused (and logged); a download answers both as not found.</summary>
    public async Task<Outcome<StoredFile>> OpenAsync(UserScope scope, int fileId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var file = await db.DossierFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null) return Missing();
        var unitPath = await db.Dossiers.Where(d => d.Id == file.DossierId).Select(d => d.Unit!.Path).FirstAsync(ct);
        if (!AccessPolicy.CanRead(scope, unitPath))
        {
            await accessLog.RefuseAsync(scope, $"file:{fileId}", "read", "outside the user's unit", ct);
            return Outcome.Refused(WorkflowText.Get("Dossiers.Refused")).As<StoredFile>();
        }
        var path = Path.Combine(paths.Uploads, file.DossierId.ToString(CultureInfo.InvariantCulture), file.StoredName);
        return File.Exists(path) ? new StoredFile(path, file.ContentType, file.OriginalName) : Missing();
    }

    private static Outcome<StoredFile> Missing() => Outcome.NotFound(WorkflowText.Get("Dossiers.NotFound")).As<StoredFile>();
}
