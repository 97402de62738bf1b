using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Chains;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// The one way a dossier changes: the actor's scope (a refusal is logged), the version they saw, the change, the events
/// it raised handled in the same context, the version raised, and one save. A step, its history row and whatever the
/// handlers add are one transaction, and the second of two people acting at once gets a conflict and changes nothing.
/// </summary>
public sealed class DossierMutation(IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring, AccessLog accessLog,
    DossierEventBus events, TimeProvider clock, Faults.StorageFaults faults)
{
    /// <summary>
    /// Runs <paramref name="change"/> on the dossier; gives the dossier's new version. A storage fault (database locked,
    /// disk full, read-only) saves nothing and answers <see cref="OutcomeKind.Unavailable"/>: the page stays alive.
    /// </summary>
    public Task<Outcome<int>> RunAsync(UserScope scope, int id, int expectedVersion, string action,
        Func<DossierUnitOfWork, Task<Outcome>> change, CancellationToken ct) =>
        RunAsync(scope, id, expectedVersion, action, _ => DossierParts.All, change, ct);

    /// <summary>
    /// The same, loading of the dossier's criteria and files only what <paramref name="parts"/> asks for once the row is
    /// read (a step knows from the state what its guards read).
    /// </summary>
    public async Task<Outcome<int>> RunAsync(UserScope scope, int id, int expectedVersion, string action,
        Func<Dossier, DossierParts> parts, Func<DossierUnitOfWork, Task<Outcome>> change, CancellationToken ct)
    {
        try
        {
            var outcome = await RunOnceAsync(scope, id, expectedVersion, action, parts, change, ct);
            if (outcome.Succeeded) faults.Succeeded();
            return outcome;
        }
        catch (Exception e) when (Faults.StorageFaults.Is(e))
        {
            return faults.Unavailable<int>(e, action);
        }
    }

    private async Task<Outcome<int>> RunOnceAsync(UserScope scope, int id, int expectedVersion, string action,
        Func<Dossier, DossierParts> parts, Func<DossierUnitOfWork, Task<Outcome>> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Open for the whole change: EF would otherwise open and close the connection around each of its queries.
        await db.Database.OpenConnectionAsync(ct);
        var d = await DossierLoad.RowAsync(db, id, ct);
        if (d is null) return Outcome.NotFound(WorkflowText.Get("Dossiers.NotFound")).As<int>();
        if (!AccessPolicy.CanChange(scope, d.Unit!.Path))
        {
            await accessLog.RefuseAsync(scope, $"dossier:{id}", "change", $"{action} outside the user's unit", ct);
            return Outcome.Refused(WorkflowText.Get("Dossiers.Refused")).As<int>();
        }
        if (d.Version != expectedVersion) return Conflict();
        var loaded = parts(d);
        await DossierLoad.LoadPartsAsync(db, d, loaded, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var work = new DossierUnitOfWork(db, d, await scoring.SetAsync(d.StandardCode, ct), scope, PortalClock.Today(clock), now, loaded);
        var outcome = await change(work);
        if (!outcome.Succeeded) return outcome.As<int>();
        d.Version++;
        d.UpdatedAtUtc = now;
        await events.PublishAllAsync(work, ct);
        try
        {
            db.AuditActor = scope.UserName;
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }
        work.Saved();
        return d.Version;
    }

    /// <summary>
    /// Enters data of one kind: allowed in some states for some roles (<see cref="DossierEditRules"/>). A role that may
    /// never enter it is refused and logged; a role that may, but not now, is told the stage is wrong.
    /// </summary>
    public Task<Outcome<int>> EditAsync(UserScope scope, int id, int version, DossierEdit edit,
        Func<DossierUnitOfWork, Outcome> change, CancellationToken ct) =>
        EditAsync(scope, id, version, edit, work => Task.FromResult(change(work)), ct);

    /// <summary>The same, for a change that reads more of the database (the history, say) before it decides.</summary>
    public Task<Outcome<int>> EditAsync(UserScope scope, int id, int version, DossierEdit edit,
        Func<DossierUnitOfWork, Task<Outcome>> change, CancellationToken ct) =>
        RunAsync(scope, id, version, $"edit {edit}", async work =>
        {
            var policy = work.Policy;
            if (!DossierEditRules.Allows(edit, work.Dossier.State, policy, scope.Roles))
            {
                var anyState = Enum.GetValues<DossierState>().Any(s => DossierEditRules.Allows(edit, s, policy, scope.Roles));
                return anyState ? Outcome.Invalid(WorkflowText.Get("Dossiers.WrongStage")) : await RefuseRoleAsync(scope, id, $"edit {edit}", ct);
            }
            var outcome = await change(work);
            if (outcome.Succeeded) work.Raise(new DossierDataChanged(id, work.Dossier.UnitId, edit, scope.UserName));
            return outcome;
        }, ct);

    /// <summary>A role refusal is an authorisation refusal: logged like a refused URL.</summary>
    public async Task<Outcome> RefuseRoleAsync(UserScope scope, int id, string action, CancellationToken ct)
    {
        await accessLog.RefuseAsync(scope, $"dossier:{id}", "change", $"{action}: role not allowed", ct);
        return Outcome.Refused(WorkflowText.Get("Dossiers.RoleRefused"));
    }

    private static Outcome<int> Conflict() => Outcome.Conflict(WorkflowText.Get("Dossiers.Conflict")).As<int>();
}
