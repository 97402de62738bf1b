using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Files;
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
    /// <summary>What the file chooser offers; the bytes decide (<see cref="UploadType"/>).</summary>
    public static readonly string[] AllowedExtensions = [".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png"];

    /// <summary>
    /// Records a document or evidence file and stores it: its bytes are written only after the scope and role checks,
    /// under a generated name, and removed again if the record is not saved. The type is what the bytes are; the
    /// name the browser sent is kept, cleaned, for display only. Gives the new version.
    /// </summary>
    public async Task<Outcome<int>> AddAsync(UserScope scope, int id, int version, DocumentKind kind, string? criterionNo,
        IncomingFile file, CancellationToken ct = default)
    {
        if (await VerifiedUpload.ReadAsync(file, MaxFileBytes, ct) is not { } upload)
            return Outcome.Invalid(WorkflowText.Get("Dossiers.FileSize", MaxFileBytes / 1024 / 1024)).As<int>();
        var folder = Path.Combine(paths.Uploads, id.ToString(CultureInfo.InvariantCulture));
        string? staged = null;
        var result = await mutation.EditAsync(scope, id, version, DossierEdit.Files, w =>
        {
            if (upload.Type is not { } type) return Outcome.Invalid(WorkflowText.Get("Dossiers.FileType", string.Join(", ", AllowedExtensions)));
            var stored = staged = upload.Stage(folder); // moved into place only once its row is committed
            w.Dossier.Files.Add(new DossierFile
            {
                DossierId = id, Kind = kind, CriterionNo = criterionNo, OriginalName = upload.DisplayName,
                StoredName = stored, ContentType = type.ContentType, SizeBytes = upload.Size, UploadedBy = scope.UserName, UploadedAtUtc = w.NowUtc,
            });
            return Outcome.Done;
        }, ct);
        if (staged is null) return result;
        if (result.Succeeded) VerifiedUpload.Finish(folder, staged);
        else VerifiedUpload.Discard(folder, staged);
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
        // Only a verified type is served as itself; a row from before the check (the browser's claim) as plain bytes.
        var type = UploadType.Allowed.Any(t => t.ContentType == file.ContentType) ? file.ContentType : "application/octet-stream";
        return File.Exists(path) ? new StoredFile(path, type, file.OriginalName) : Missing();
    }

    private static Outcome<StoredFile> Missing() => Outcome.NotFound(WorkflowText.Get("Dossiers.NotFound")).As<StoredFile>();
}
