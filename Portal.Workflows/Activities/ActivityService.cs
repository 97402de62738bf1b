using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;

namespace Portal.Workflows.Activities;

/// <summary>
/// The provincial plan's activities entered per unit (PORTAL-SPEC P1 targets, P2 communication, P3 safe models,
/// P7 inspections). Reads cover the reader's scope, narrowed to one unit's subtree and one year when asked; changes need
/// <see cref="AccessPolicy.CanChange"/> on the unit, and a refusal is logged. Each change is one save, after every rule has
/// passed, so a refused change leaves nothing behind; it answers with an <see cref="Outcome{T}"/> carrying the row's id.
/// </summary>
public sealed partial class ActivityService(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock)
{
    /// <summary>One unit as the activities page works on it; outside the scope it is refused (and logged).</summary>
    public async Task<Outcome<ActivityUnit>> UnitAsync(UserScope scope, int unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null) return Outcome.NotFound(ActivityRules.Text("UnitNotFound")).As<ActivityUnit>();
        if (!AccessPolicy.CanRead(scope, unit.Path))
        {
            await accessLog.RefuseAsync(scope, $"activities/unit/{unitId}", "read", "unit outside scope", ct);
            return Outcome.Refused(ActivityRules.Text("Refused")).As<ActivityUnit>();
        }
        var hasChildren = await db.Units.AnyAsync(u => u.ParentId == unitId, ct);
        return new ActivityUnit(unit.Id, unit.Name, unit.Path, unit.Level, unit.Parent?.Name, hasChildren,
            AccessPolicy.CanChange(scope, unit.Path));
    }

    /// <summary>
    /// The ids of the units a read covers: every readable unit, or the subtree of <paramref name="unitId"/> (refused
    /// and logged when that unit is outside the scope). A query, so that the database does the filtering.
    /// </summary>
    private async Task<IQueryable<int>> UnitIdsAsync(PortalDbContext db, UserScope scope, int? unitId, CancellationToken ct)
    {
        var readable = db.Units.Where(AccessPolicy.ReadableUnits(scope));
        if (unitId is null) return readable.Select(u => u.Id);
        var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null || !AccessPolicy.CanRead(scope, path)) throw await RefusalAsync(scope, unitId.Value, "read", "unit outside scope", ct);
        return readable.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
    }

    /// <summary>The unit a change is made on, once the scope rule allowed it; a refusal is logged.</summary>
    private async Task<Outcome<AdminUnit>> UnitToChangeAsync(PortalDbContext db, UserScope scope, int unitId, string action, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null) return Outcome.NotFound(ActivityRules.Text("UnitNotFound")).As<AdminUnit>();
        if (AccessPolicy.CanChange(scope, unit.Path)) return unit;
        await accessLog.RefuseAsync(scope, $"activities/unit/{unitId}", "change", $"{action}: role or scope does not allow changes", ct);
        return Outcome.Refused(ActivityRules.Text("Refused")).As<AdminUnit>();
    }

    private Task<AccessRefusedException> RefusalAsync(UserScope scope, int unitId, string action, string reason, CancellationToken ct) =>
        accessLog.RefusedAsync(scope, $"activities/unit/{unitId}", action, reason, ct);

    private DateOnly Today => PortalClock.Today(clock);

    private DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    private static (DateOnly First, DateOnly Last) YearSpan(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private static Outcome<int> Invalid(params IReadOnlyList<string> errors) => Outcome.Invalid(errors).As<int>();

    private static Outcome<int> NotFound() => Outcome.NotFound(ActivityRules.Text("NotFound")).As<int>();
}
