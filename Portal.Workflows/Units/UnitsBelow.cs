using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;

namespace Portal.Workflows.Units;

/// <summary>A unit as a row of a figure that counts over its subtree (its path is the prefix of everything below it).</summary>
public sealed record UnitBelow(int Id, string Code, string Name, string Path, UnitLevel Level)
{
    public bool Covers(string path) => UnitPaths.IsWithin(path, Path);
}

/// <summary>The rows of the dashboard and the reports: the units directly below one unit, by code.</summary>
public static class UnitsBelow
{
    /// <summary>The units directly below <paramref name="unit"/>; the unit itself when nothing lies below it (a commune).</summary>
    public static async Task<List<UnitBelow>> ReadAsync(PortalDbContext db, AdminUnit unit, CancellationToken ct)
    {
        var below = await ReadAsync(db.Units.Where(u => u.ParentId == unit.Id), ct);
        return below.Count > 0 ? below : [new UnitBelow(unit.Id, unit.Code, unit.Name, unit.Path, unit.Level)];
    }

    public static Task<List<UnitBelow>> ReadAsync(IQueryable<AdminUnit> units, CancellationToken ct) =>
        units.AsNoTracking().OrderBy(u => u.Code).Select(u => new UnitBelow(u.Id, u.Code, u.Name, u.Path, u.Level)).ToListAsync(ct);
}
