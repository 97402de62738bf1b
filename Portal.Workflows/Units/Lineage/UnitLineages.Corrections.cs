using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units.Lineage;

public sealed partial class UnitLineages
{
    /// <summary>
    /// An administrator changes a row's share (whole or part) or removes it (kept, marked removed, so the file's import
    /// never brings it back), or restores it, with a reason. Anyone else is refused and logged.
    /// </summary>
    public async Task<Outcome> CorrectAsync(UserScope scope, int lineageId, bool isPart, bool removed, string? reason, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.UnitLineages.FirstOrDefaultAsync(l => l.Id == lineageId, ct);
        if (row is null) return Outcome.NotFound(WorkflowText.Get("Lineage.NotFound"));
        if (!scope.IsAdministrator) return await RefuseAsync(scope, $"lineage:{lineageId}", ct);
        if (string.IsNullOrWhiteSpace(reason)) return Outcome.Invalid(WorkflowText.Get("Lineage.ReasonRequired"));
        var before = Describe(row.IsPart, row.Removed);
        var after = Describe(isPart, removed);
        if (before == after) return Outcome.Invalid(WorkflowText.Get("Lineage.Unchanged"));
        (row.IsPart, row.Removed) = (isPart, removed);
        Log(db, row.Id, scope, before, after, reason);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>An administrator adds an old commune (2024 code) the file left out of a new commune's predecessors, with a reason.</summary>
    public async Task<Outcome> AddAsync(UserScope scope, int successorId, string? predecessorCode, bool isPart, string? reason, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var successor = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == successorId, ct);
        if (successor is null) return Outcome.NotFound(WorkflowText.Get("Units.NotFound"));
        if (!scope.IsAdministrator) return await RefuseAsync(scope, $"unit:{successorId}", ct);
        if (string.IsNullOrWhiteSpace(reason)) return Outcome.Invalid(WorkflowText.Get("Lineage.ReasonRequired"));
        if (successor.StructureCode != LineageImport.NewStructure || successor.Level != UnitLevel.Commune)
            return Outcome.Invalid(WorkflowText.Get("Lineage.NotNewCommune", successor.Name));
        var code = predecessorCode?.Trim() ?? "";
        var predecessor = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.StructureCode == LineageImport.OldStructure
            && u.Level == UnitLevel.Commune && u.Code == code, ct);
        if (predecessor is null) return Outcome.Invalid(WorkflowText.Get("Lineage.NoOldCommune", code));
        if (await db.UnitLineages.AnyAsync(l => l.PredecessorId == predecessor.Id && l.SuccessorId == successorId, ct))
            return Outcome.Invalid(WorkflowText.Get("Lineage.Exists", predecessor.Name));
        var row = new UnitLineage { PredecessorId = predecessor.Id, SuccessorId = successorId, IsPart = isPart, Origin = "admin" };
        db.UnitLineages.Add(row);
        await db.SaveChangesAsync(ct); // the row's id goes into its history line
        Log(db, row.Id, scope, "—", Describe(isPart, false), reason);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    private void Log(PortalDbContext db, int lineageId, UserScope scope, string before, string after, string reason) =>
        db.UnitLineageChanges.Add(new UnitLineageChange
        {
            LineageId = lineageId, AtUtc = clock.GetUtcNow().UtcDateTime, UserName = scope.UserName, Before = before, After = after, Reason = reason.Trim(),
        });

    private static string Describe(bool isPart, bool removed) =>
        WorkflowText.Vi(removed ? "Lineage.Removed" : isPart ? "Lineage.Part" : "Lineage.Whole");

    private async Task<Outcome> RefuseAsync(UserScope scope, string resource, CancellationToken ct)
    {
        await accessLog.RefuseAsync(scope, resource, "change", "correct the merger lineage without the administrator role", ct);
        return Outcome.Refused(WorkflowText.Get("Access.Refused"));
    }
}
