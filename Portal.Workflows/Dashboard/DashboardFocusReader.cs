using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Units;

namespace Portal.Workflows.Dashboard;

/// <summary>
/// Finds the unit a dashboard or list looks at: the one asked for when the user may read it, else the user's own unit.
/// An administrator without a unit looks at the whole country of the structure the rounds use.
/// </summary>
public sealed class DashboardFocusReader(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog)
{
    public const string DefaultStructure = "2024";

    public async Task<DashboardFocus> ReadAsync(UserScope scope, int? unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = unitId ?? scope.UnitId;
        if (id is null)
        {
            if (!scope.IsAdministrator) throw await accessLog.RefusedAsync(scope, "dashboard", "read", "no unit", ct);
            var structure = await db.Rounds.OrderByDescending(r => r.Year).Select(r => r.ScopeUnit!.StructureCode).FirstOrDefaultAsync(ct)
                ?? DefaultStructure;
            var provinces = await UnitsBelow.ReadAsync(db.Units.Where(u => u.ParentId == null && u.StructureCode == structure), ct);
            return new DashboardFocus(null, null, "/" + structure + "/", null, [], provinces);
        }
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null || !AccessPolicy.CanRead(scope, unit.Path)) throw await accessLog.RefusedAsync(scope, $"dashboard/unit/{id}", "read", "unit outside scope", ct);

        var ancestorPaths = UnitPaths.AncestorsOf(unit.Path);
        var chain = ancestorPaths.Count == 0 ? [] : await db.Units.AsNoTracking().Where(u => ancestorPaths.Contains(u.Path))
            .Where(AccessPolicy.ReadableUnits(scope)).OrderBy(u => u.Path.Length).Select(u => new UnitLink(u.Id, u.Name)).ToListAsync(ct);
        var children = await UnitsBelow.ReadAsync(db, unit, ct);
        return new DashboardFocus(unit.Id, unit.Name, unit.Path, unit.Level, chain, children) { CountryAbove = scope.IsAdministrator && scope.UnitId is null };
    }
}
