using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Drafts;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;
using Portal.Workflows.Faults;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers.Drafts;

/// <summary>A draft offered back: what was typed, when, and — if someone saved the field since — the saved value beside it.</summary>
public sealed record DraftOffer(string Field, string? Value, DateTime UpdatedAtUtc, bool Conflict, string? SavedValue);

/// <summary>
/// Unsaved typing of a dossier's forms, kept in the database as it is typed (issue 14 item 5), so it survives a crash, a
/// closed tab or a reconnect to another instance. A draft is its user's alone and only for a field they may edit now;
/// saving the field deletes it (<see cref="DraftCleanup"/>, in the save's own transaction), and it is never applied
/// over a value saved after it started: the offer then carries both (docs/decisions/0021-drafts.md).
/// </summary>
public sealed class DossierDrafts(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock, StorageFaults faults)
{
    /// <summary>Keeps what the person typed into <paramref name="field"/>; the first keep records the saved value it started from.</summary>
    public async Task<Outcome> KeepAsync(UserScope scope, int dossierId, string field, string? value, CancellationToken ct = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var d = await EditableAsync(db, scope, dossierId, field, ct);
            if (d is null) return Outcome.Refused(WorkflowText.Get("Dossiers.Refused"));
            var now = clock.GetUtcNow().UtcDateTime;
            var draft = await db.DossierDrafts.FirstOrDefaultAsync(x => x.UserId == scope.UserId && x.DossierId == dossierId && x.Field == field, ct);
            if (draft is null)
                db.DossierDrafts.Add(draft = new DossierDraft
                {
                    UserId = scope.UserId, DossierId = dossierId, Field = field,
                    BaseValue = DraftFields.Saved(d, field), BaseVersion = d.Version, StartedAtUtc = now,
                });
            (draft.Value, draft.UpdatedAtUtc) = (value, now);
            await db.SaveChangesAsync(ct);
            faults.Succeeded();
            return Outcome.Done;
        }
        catch (Exception e) when (StorageFaults.Is(e))
        {
            return faults.Unavailable<int>(e, "keep draft");
        }
    }

    /// <summary>
    /// The person's drafts of a dossier they may edit now, whose field starts with <paramref name="prefix"/>. A draft
    /// equal to the saved value has nothing to offer and is dropped.
    /// </summary>
    public async Task<IReadOnlyList<DraftOffer>> OffersAsync(UserScope scope, int dossierId, string prefix, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var drafts = await db.DossierDrafts.Where(x => x.UserId == scope.UserId && x.DossierId == dossierId && x.Field.StartsWith(prefix))
            .OrderBy(x => x.Field).ToListAsync(ct);
        if (drafts.Count == 0) return [];
        var d = await LoadAsync(db, dossierId, ct);
        if (d is null) return [];
        var offers = Offers(scope, d, drafts, same => db.DossierDrafts.Remove(same));
        await db.SaveChangesAsync(ct);
        return offers;
    }

    /// <summary>
    /// The offers of <paramref name="drafts"/> (the reader's, on <paramref name="d"/>, loaded with its round, unit and
    /// criteria): only fields the reader may edit now; a draft equal to the saved value is no offer, and is given to
    /// <paramref name="unchanged"/> (the caller may delete it). The dossier page computes its offers with it on the
    /// dossier it read, with no query of its own (issue 12).
    /// </summary>
    public static IReadOnlyList<DraftOffer> Offers(UserScope scope, Dossier d, IEnumerable<DossierDraft> drafts, Action<DossierDraft> unchanged)
    {
        var offers = new List<DraftOffer>();
        foreach (var draft in drafts)
        {
            if (!MayEdit(scope, d, draft.Field)) continue;
            var saved = DraftFields.Saved(d, draft.Field);
            if (draft.Value == saved) { unchanged(draft); continue; }
            offers.Add(new DraftOffer(draft.Field, draft.Value, draft.UpdatedAtUtc, saved != draft.BaseValue, saved));
        }
        return offers;
    }

    /// <summary>"Bỏ": the person's draft of the field is deleted (only their own can be: the key holds their id).</summary>
    public async Task DiscardAsync(UserScope scope, int dossierId, string field, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.DossierDrafts.RemoveRange(await db.DossierDrafts
            .Where(x => x.UserId == scope.UserId && x.DossierId == dossierId && x.Field == field).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    private async Task<Dossier?> EditableAsync(PortalDbContext db, UserScope scope, int dossierId, string field, CancellationToken ct)
    {
        var d = await LoadAsync(db, dossierId, ct);
        if (d is not null && MayEdit(scope, d, field)) return d;
        await accessLog.RefuseAsync(scope, $"dossier:{dossierId}", "change", $"draft of {field}: not editable by the user", ct);
        return null;
    }

    private static Task<Dossier?> LoadAsync(PortalDbContext db, int dossierId, CancellationToken ct) =>
        db.Dossiers.AsNoTracking().Include(x => x.Round).Include(x => x.Unit).Include(x => x.Criteria).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == dossierId, ct);

    private static bool MayEdit(UserScope scope, Dossier d, string field) =>
        DraftFields.Edit(field) is { } edit && AccessPolicy.CanChange(scope, d.Unit!.Path)
        && DossierEditRules.Allows(edit, d.State, ApprovalPolicy.For(d.Round!), scope.Roles);
}
