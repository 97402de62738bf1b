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
/// read with the same scope rule as the dossier. Until submission the commune replaces or removes a wrong file; the
/// old one is kept and marked superseded, never deleted.
/// </summary>
public sealed class DossierFiles(IDbContextFactory<PortalDbContext> dbFactory, DossierMutation mutation, AccessLog accessLog,
    PortalDataPaths paths)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    /// <summary>What the file chooser offers; the bytes decide (<see cref="UploadType"/>).</summary>
    public static readonly string[] AllowedExtensions = [".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png"];

    /// <summary>The four documents of the procedure: each has one current version, which a new upload replaces.</summary>
    public static readonly DocumentKind[] ProcedureDocuments =
        [DocumentKind.RequestLetter, DocumentKind.SelfAssessmentSheet, DocumentKind.ExplanatoryNotes, DocumentKind.CouncilMinutes];

    /// <summary>Stores a document or evidence file, then records it; a refused file leaves nothing behind. Gives the new version.</summary>
    public Task<Outcome<int>> AddAsync(UserScope scope, int id, int version, DocumentKind kind, string? criterionNo,
        IncomingFile file, CancellationToken ct = default) =>
        StoreAsync(scope, id, version, file, w =>
        {
            if (ProcedureDocuments.Contains(kind))
                foreach (var old in w.Dossier.Files.Where(f => f.Kind == kind && f.SupersededAtUtc is null)) Supersede(w, old, removed: false);
            return (kind, criterionNo, Outcome.Done);
        }, ct);

    /// <summary>A newer version of a current file (same document, or evidence of the same criterion); the old one is kept.</summary>
    public Task<Outcome<int>> ReplaceAsync(UserScope scope, int id, int version, int fileId, IncomingFile file, CancellationToken ct = default) =>
        StoreAsync(scope, id, version, file, w =>
        {
            if (Current(w, fileId) is not { } old) return (DocumentKind.Other, null, Gone());
            Supersede(w, old, removed: false);
            return (old.Kind, old.CriterionNo, Outcome.Done);
        }, ct);

    /// <summary>Takes a wrong file out of the dossier; it stays in its history, readable like the dossier.</summary>
    public Task<Outcome<int>> RemoveAsync(UserScope scope, int id, int version, int fileId, CancellationToken ct = default) =>
        mutation.EditAsync(scope, id, version, DossierEdit.Files, w =>
        {
            if (Current(w, fileId) is not { } file) return Gone();
            Supersede(w, file, removed: true);
            return Outcome.Done;
        }, ct);

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

    /// <summary>
    /// Records a file in one change with whatever <paramref name="place"/> decides (its kind and criterion, and what it
    /// supersedes). Its bytes are checked first (the type is what the bytes are; the browser's name is kept, cleaned, for
    /// display only), written only after the scope and role checks under a temporary name, and moved into place once
    /// the row is committed; a refused change removes them again.
    /// </summary>
    private async Task<Outcome<int>> StoreAsync(UserScope scope, int id, int version, IncomingFile file,
        Func<DossierUnitOfWork, (DocumentKind Kind, string? CriterionNo, Outcome Outcome)> place, CancellationToken ct)
    {
        if (await VerifiedUpload.ReadAsync(file, MaxFileBytes, ct) is not { } upload)
            return Outcome.Invalid(WorkflowText.Get("Dossiers.FileSize", MaxFileBytes / 1024 / 1024)).As<int>();
        var folder = Path.Combine(paths.Uploads, id.ToString(CultureInfo.InvariantCulture));
        string? staged = null;
        var result = await mutation.EditAsync(scope, id, version, DossierEdit.Files, w =>
        {
            if (upload.Type is not { } type) return Outcome.Invalid(WorkflowText.Get("Dossiers.FileType", string.Join(", ", AllowedExtensions)));
            var (kind, criterionNo, outcome) = place(w);
            if (!outcome.Succeeded) return outcome;
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

    private static DossierFile? Current(DossierUnitOfWork w, int fileId) =>
        w.Dossier.Files.FirstOrDefault(f => f.Id == fileId && f.SupersededAtUtc is null);

    private static void Supersede(DossierUnitOfWork w, DossierFile file, bool removed) =>
        (file.SupersededAtUtc, file.SupersededBy, file.Removed) = (w.NowUtc, w.Scope.UserName, removed);

    /// <summary>Not a current file of this dossier (another's, or replaced meanwhile): the page reloads and shows why.</summary>
    private static Outcome Gone() => Outcome.Invalid(WorkflowText.Get("Dossiers.FileGone"));

    private static Outcome<StoredFile> Missing() => Outcome.NotFound(WorkflowText.Get("Dossiers.NotFound")).As<StoredFile>();
}
