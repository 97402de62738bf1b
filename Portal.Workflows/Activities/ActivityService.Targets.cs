using Microsoft.EntityFrameworkCore;
using Portal.Data.Activities;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;

namespace Portal.Workflows.Activities;

public sealed partial class ActivityService
{
    /// <summary>The target of one unit for one year (P1), or null when none was set.</summary>
    public async Task<TargetView?> TargetAsync(UserScope scope, int unitId, int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await UnitIdsAsync(db, scope, unitId, ct);
        return await db.ProgrammeTargets.AsNoTracking().Where(t => t.UnitId == unitId && t.Year == year && units.Contains(t.UnitId))
            .Select(t => new TargetView(t.UnitId, t.Year, t.TargetRegistered, t.TargetRecognised, t.Note, t.UpdatedBy, t.UpdatedAtUtc))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Sets a district's or province's target for a year (one row per unit and year: a second save overwrites the first).
    /// A commune has no target of its own: it registers. Targets are never above the number of communes below the unit.
    /// </summary>
    public async Task<Outcome<int>> SaveTargetAsync(UserScope scope, int unitId, int year, TargetInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var toChange = await UnitToChangeAsync(db, scope, unitId, "save target", ct);
        if (toChange is not { Value: { } unit }) return toChange.As<int>();
        if (!await db.Units.AnyAsync(u => u.ParentId == unitId, ct)) return Invalid(ActivityRules.Text("TargetNeedsChildren"));
        var prefix = unit.Path;
        var communes = await db.Units.CountAsync(u => u.Path.StartsWith(prefix) && u.Level == UnitLevel.Commune, ct);
        var errors = ActivityRules.Target(year, input, communes);
        if (errors.Count > 0) return Invalid(errors);

        var target = await db.ProgrammeTargets.FirstOrDefaultAsync(t => t.UnitId == unitId && t.Year == year, ct);
        if (target is null) db.ProgrammeTargets.Add(target = new ProgrammeTarget { UnitId = unitId, Year = year });
        (target.TargetRegistered, target.TargetRecognised, target.Note) = (input.TargetRegistered, input.TargetRecognised, ActivityRules.Clean(input.Note));
        (target.UpdatedBy, target.UpdatedAtUtc) = (scope.UserName, NowUtc);
        try
        {
            db.AuditActor = scope.UserName;
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two people set the first target of the same year at once: the unique index kept one; the other is told.
            return Outcome.Conflict(ActivityRules.Text("TargetConflict")).As<int>();
        }
        return target.Id;
    }
}
