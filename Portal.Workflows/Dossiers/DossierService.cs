using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Scoring;
using Portal.Workflows.Texts;
using Portal.Workflows.Units;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Reading and changing dossiers. Every change goes through <see cref="MutateAsync"/>: the reader's scope, the
/// expected version, the change, the version raised, and one save, so a step and its history row are one transaction
/// and the second of two people acting at once is refused without changing anything.
/// </summary>
public sealed partial class DossierService(IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring,
    AccessLog accessLog, Rewards.RewardService rewards, TimeProvider clock)
{
    /// <summary>What a change works on: the tracked dossier (with round, unit, criteria, files) and its set.</summary>
    private sealed record Context(PortalDbContext Db, Dossier Dossier, StandardSet Set, DateOnly Today, DateTime NowUtc);

    public async Task<(LookupOutcome Outcome, DossierPage? Page)> GetAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await Load(db.Dossiers.AsNoTracking(), id, ct);
        if (d is null) return (LookupOutcome.NotFound, null);
        if (!AccessPolicy.CanRead(scope, d.Unit!.Path))
        {
            await accessLog.RefuseAsync(scope, $"dossier:{id}", "read", "outside the user's unit", ct);
            return (LookupOutcome.Refused, null);
        }
        var set = await scoring.SetAsync(d.StandardCode, ct);
        var today = PortalClock.Today(clock);
        var facts = DossierFactsReader.Read(d, set, today);
        var canChange = AccessPolicy.CanChange(scope, d.Unit.Path);
        var workflow = DossierWorkflow.For(() => d.State, _ => { }, d.Round!.Chain, scope.Roles, facts);
        IReadOnlyList<DossierTrigger> triggers = canChange ? await workflow.PermittedTriggersAsync() : [];
        // The steps this person could take from here but for unmet conditions: the page lists what is still needed.
        var blocked = canChange
            ? DossierWorkflow.Transitions.Where(t => t.From == d.State && !triggers.Contains(t.Trigger))
                .Select(t => workflow.Check(t.Trigger, "-")).Where(c => !c.RoleRefused && !c.Allowed).ToList()
            : [];
        var edits = canChange
            ? Enum.GetValues<DossierEdit>().Where(e => DossierEditRules.Allows(e, d.State, d.Round!.Chain, scope.Roles)).ToHashSet()
            : [];
        var history = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var comments = await db.DossierComments.AsNoTracking().Where(c => c.DossierId == id).OrderBy(c => c.Id).ToListAsync(ct);
        var returns = await db.ReturnItems.AsNoTracking().Where(r => r.DossierId == id).OrderBy(r => r.Id).ToListAsync(ct);
        return (LookupOutcome.Found, new DossierPage(d, d.Round!, d.Unit.Name, d.Unit.Parent?.Name, set,
            DossierScoring.SelfScore(set, d), DossierScoring.AppraisedScore(set, d), facts, triggers, blocked, edits, history, comments, returns));
    }

    private static Task<Dossier?> Load(IQueryable<Dossier> dossiers, int id, CancellationToken ct) =>
        dossiers.Include(d => d.Round).ThenInclude(r => r!.Deadlines)
            .Include(d => d.Unit).ThenInclude(u => u!.Parent)
            .Include(d => d.Criteria).Include(d => d.Files)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);

    private async Task<StepResult> MutateAsync(UserScope scope, int id, int expectedVersion, string action,
        Func<Context, Task<IReadOnlyList<string>?>> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await Load(db.Dossiers, id, ct);
        if (d is null) return StepResult.Fail(WorkflowText.Get("Dossiers.NotFound"));
        if (!AccessPolicy.CanChange(scope, d.Unit!.Path))
        {
            await accessLog.RefuseAsync(scope, $"dossier:{id}", "change", $"{action} outside the user's unit", ct);
            return StepResult.Fail(WorkflowText.Get("Dossiers.Refused"));
        }
        if (d.Version != expectedVersion) return Conflict();
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = await change(new Context(db, d, await scoring.SetAsync(d.StandardCode, ct), PortalClock.Today(clock), now));
        if (errors is { Count: > 0 }) return new StepResult(false, errors);
        d.Version++;
        d.UpdatedAtUtc = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }
        return StepResult.Ok(d.Version);
    }

    private static StepResult Conflict() => new(false, [WorkflowText.Get("Dossiers.Conflict")], Conflict: true);

    /// <summary>A role refusal is an authorisation refusal: logged like a refused URL.</summary>
    private async Task<IReadOnlyList<string>> RefuseRoleAsync(UserScope scope, int id, string action, CancellationToken ct)
    {
        await accessLog.RefuseAsync(scope, $"dossier:{id}", "change", $"{action}: role not allowed", ct);
        return [WorkflowText.Get("Dossiers.RoleRefused")];
    }
}
