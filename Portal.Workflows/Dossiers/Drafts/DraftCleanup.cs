using Microsoft.EntityFrameworkCore;

namespace Portal.Workflows.Dossiers.Drafts;

/// <summary>
/// Saving a field ends its drafts: the saver's drafts of that kind of data on the dossier are deleted in the save's own
/// transaction, so a saved value and a stale draft of it never both survive. A return for supplement ends its draft
/// when the step is taken.
/// </summary>
public sealed class DraftCleanup : IDossierEventHandler<DossierDataChanged>, IDossierEventHandler<DossierStepTaken>
{
    public Task HandleAsync(DossierDataChanged e, DossierUnitOfWork work, CancellationToken ct) =>
        e.Edit is DossierEdit.SelfInput or DossierEdit.Appraisal or DossierEdit.Council ? DeleteAsync(work, e.Edit.ToString(), ct) : Task.CompletedTask;

    public Task HandleAsync(DossierStepTaken e, DossierUnitOfWork work, CancellationToken ct) =>
        e.Trigger == DossierTrigger.ReturnForSupplement ? DeleteAsync(work, DraftFields.Return, ct) : Task.CompletedTask;

    private static async Task DeleteAsync(DossierUnitOfWork work, string prefix, CancellationToken ct) =>
        work.Db.DossierDrafts.RemoveRange(await work.Db.DossierDrafts
            .Where(x => x.UserId == work.Scope.UserId && x.DossierId == work.Dossier.Id && x.Field.StartsWith(prefix)).ToListAsync(ct));
}
