using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Standards;
using Portal.Workflows.Access;
using Portal.Workflows.Scoring;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Standards;

/// <summary>
/// The stored standard sets. Everyone signed in reads them; only administrators import, edit and copy.
/// Every change is validated by the same loader the scoring engine uses, so a stored set always follows the format.
/// </summary>
public sealed partial class StandardSetCatalog(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock)
{
    public async Task<IReadOnlyList<StandardSetSummary>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        await RequireSignedInAsync(scope, "standards", ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.StandardSets.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
        return rows.Select(Summarize).ToList();
    }

    public async Task<StoredStandardSet?> GetAsync(UserScope scope, string code, CancellationToken ct = default)
    {
        await RequireSignedInAsync(scope, $"standard:{code}", ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.StandardSets.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, ct);
        if (row is null) return null;
        var set = StandardSetFormat.Read(row.Json).Set
            ?? throw new InvalidOperationException($"Stored set {code} no longer follows the format.");
        return new StoredStandardSet(Summarize(row), set, row.Json);
    }

    /// <summary>Adds a new set from a file. A code that exists already is refused: edit or copy it instead.</summary>
    public async Task<StandardSetChange> ImportAsync(UserScope scope, string json, CancellationToken ct = default)
    {
        await RequireAdministratorAsync(scope, "standards", ct);
        return await AddAsync(json, copiedFrom: null, scope.UserName, ct);
    }

    /// <summary>Replaces a set's content. Refused when the set is locked, when the code changes, or when someone saved first.</summary>
    public async Task<StandardSetChange> SaveAsync(UserScope scope, string code, string json, int expectedVersion, CancellationToken ct = default)
    {
        await RequireAdministratorAsync(scope, $"standard:{code}", ct);
        var loaded = StandardSetFormat.Read(json);
        if (loaded.Set is null) return StandardSetChange.Refused(loaded.Problems);
        if (loaded.Set.Code != code) return StandardSetChange.Refused(WorkflowText.Get("Standards.CodeChanged", code));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.StandardSets.FirstOrDefaultAsync(s => s.Code == code, ct);
        if (row is null) return StandardSetChange.Refused(WorkflowText.Get("Standards.NotFound", code));
        if (row.LockedAtUtc is not null) return StandardSetChange.Refused(WorkflowText.Get("Standards.Locked", code));
        if (row.Version != expectedVersion) return StandardSetChange.Refused(WorkflowText.Get("Standards.SavedByOther"));
        Fill(row, loaded.Set, StandardSetFormat.Write(loaded.Set), scope.UserName);
        row.Version++;
        db.AuditActor = scope.UserName;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return StandardSetChange.Refused(WorkflowText.Get("Standards.SavedByOther")); }
        return StandardSetChange.Ok(code);
    }

    /// <summary>A new, unlocked set with another code and the same content: the way to change a locked set.</summary>
    public async Task<StandardSetChange> CopyAsync(UserScope scope, string fromCode, string newCode, CancellationToken ct = default)
    {
        await RequireAdministratorAsync(scope, $"standard:{fromCode}", ct);
        var source = await GetAsync(scope, fromCode, ct);
        if (source is null) return StandardSetChange.Refused(WorkflowText.Get("Standards.NotFound", fromCode));
        var json = StandardSetFormat.Write(source.Set with { Code = newCode.Trim() });
        return await AddAsync(json, fromCode, scope.UserName, ct);
    }

    public async Task<string?> ExportAsync(UserScope scope, string code, CancellationToken ct = default) =>
        (await GetAsync(scope, code, ct)) is { } stored ? StandardSetFormat.Write(stored.Set) : null;

    /// <summary>Called when the first dossier is opened under the set (a round opens). Idempotent.</summary>
    public async Task LockAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.StandardSets.FirstAsync(s => s.Code == code, ct);
        if (row.LockedAtUtc is not null) return;
        row.LockedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stores a set file that is not there yet; used by the start-up seed as well as by imports.</summary>
    internal async Task<StandardSetChange> AddAsync(string json, string? copiedFrom, string? by, CancellationToken ct)
    {
        var loaded = StandardSetFormat.Read(json);
        if (loaded.Set is null) return StandardSetChange.Refused(loaded.Problems);
        if (!CodePattern().IsMatch(loaded.Set.Code))
            return StandardSetChange.Refused([new SetProblem("$.code", WorkflowText.Get("Standards.BadCode", loaded.Set.Code))]);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.StandardSets.AnyAsync(s => s.Code == loaded.Set.Code, ct))
            return StandardSetChange.Refused([new SetProblem("$.code", WorkflowText.Get("Standards.CodeExists", loaded.Set.Code))]);
        var row = new StandardSetRecord { Code = loaded.Set.Code, Json = "", CopiedFrom = copiedFrom };
        Fill(row, loaded.Set, StandardSetFormat.Write(loaded.Set), by);
        db.StandardSets.Add(row);
        await db.SaveChangesAsync(ct);
        return StandardSetChange.Ok(row.Code);
    }

    /// <summary>
    /// Replaces a stored shipped set with its file's content when that differs, at start-up: only while no round uses
    /// the set and nobody but the seed has written it.
    /// </summary>
    internal async Task<bool> RefreshShippedAsync(string json, string seedUser, CancellationToken ct)
    {
        var set = StandardSetFormat.Read(json).Set ?? throw new InvalidOperationException("A shipped set no longer follows the format.");
        var content = StandardSetFormat.Write(set);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.StandardSets.FirstAsync(s => s.Code == set.Code, ct);
        if (row.Json == content || row.LockedAtUtc is not null || row.UpdatedBy != seedUser) return false;
        if (await db.Rounds.AnyAsync(r => r.StandardCode == set.Code, ct)) return false;
        Fill(row, set, content, seedUser);
        row.Version++;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private void Fill(StandardSetRecord row, StandardSet set, string json, string? by)
    {
        (row.TitleVi, row.TitleEn, row.Basis) = (set.TitleVi, set.TitleEn, set.Basis);
        (row.Illustrative, row.Complete, row.Json) = (set.Illustrative, set.Complete, json);
        (row.UpdatedAtUtc, row.UpdatedBy) = (clock.GetUtcNow().UtcDateTime, by);
    }

    private static StandardSetSummary Summarize(StandardSetRecord r) =>
        new(r.Code, r.TitleVi, r.TitleEn, r.Basis, r.Illustrative, r.Complete, r.LockedAtUtc is not null, r.CopiedFrom, r.UpdatedAtUtc, r.Version);

    private async Task RequireSignedInAsync(UserScope scope, string resource, CancellationToken ct)
    {
        if (scope.IsAuthenticated) return;
        throw await accessLog.RefusedAsync(scope, resource, "read", "not signed in", ct);
    }

    private async Task RequireAdministratorAsync(UserScope scope, string resource, CancellationToken ct)
    {
        if (AccessPolicy.CanAdminister(scope)) return;
        throw await accessLog.RefusedAsync(scope, resource, "change", "not an administrator", ct);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")]
    private static partial Regex CodePattern();
}
