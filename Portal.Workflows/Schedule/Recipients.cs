using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;

namespace Portal.Workflows.Schedule;

/// <summary>An enabled account with one of some roles, bound to a unit (its path) — a possible recipient.</summary>
public sealed record Recipient(string UserId, string Role, string UnitPath);

/// <summary>
/// Who a scheduled message goes to: the users with a role that acts on the dossier (the round's approval policy says
/// which), whose unit is the dossier's commune or lies above it. Loaded once per run, then matched in memory.
/// </summary>
public sealed class Recipients
{
    private readonly List<Recipient> _all;

    private Recipients(List<Recipient> all) => _all = all;

    public static Task<Recipients> LoadAsync(PortalDbContext db, CancellationToken ct) => LoadAsync(db, null, ct);

    /// <summary>Only the accounts of one unit and the units above it: what a step inside a request needs, cheaply.</summary>
    public static Task<Recipients> LoadForUnitAsync(PortalDbContext db, string unitPath, CancellationToken ct) =>
        LoadAsync(db, [.. UnitPaths.AncestorsOf(unitPath), unitPath], ct);

    private static async Task<Recipients> LoadAsync(PortalDbContext db, List<string>? lineage, CancellationToken ct)
    {
        // A lineage deeper than the query's paths (none is: province, district, commune) reads everyone; For and Within
        // keep only the accounts of the lineage anyway.
        var everyone = lineage is null || lineage.Count is 0 or > LineagePaths;
        string Path(int i) => everyone ? "" : lineage![Math.Min(i, lineage.Count - 1)];
        var rows = new List<Recipient>();
        await foreach (var row in Accounts.For(db)(db, Path(0), Path(1), Path(2), Path(3), everyone).WithCancellation(ct)) rows.Add(row);
        return new(rows);
    }

    private const int LineagePaths = 4;

    // Compiled: every step runs it (for its unit's lineage); the jobs run it for everyone. The lineage is four separate
    // paths (the last repeated), not a list: with a list parameter EF writes the statement's SQL anew at every run.
    private static readonly CompiledPerModel<Func<PortalDbContext, string, string, string, string, bool, IAsyncEnumerable<Recipient>>> Accounts =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, string p0, string p1, string p2, string p3, bool everyone) =>
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where !u.IsDisabled && u.Unit != null && r.Name != null
                && (everyone || u.Unit!.Path == p0 || u.Unit!.Path == p1 || u.Unit!.Path == p2 || u.Unit!.Path == p3)
            select new Recipient(u.Id, r.Name!, u.Unit!.Path)));

    /// <summary>Users with one of the roles whose scope contains the unit at <paramref name="unitPath"/>.</summary>
    public IReadOnlyList<string> For(string unitPath, IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        return _all.Where(r => set.Contains(r.Role) && UnitPaths.IsWithin(unitPath, r.UnitPath))
            .Select(r => r.UserId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Users with the role whose unit lies inside the unit at <paramref name="scopePath"/> (or is it).</summary>
    public IReadOnlyList<string> Within(string scopePath, string role) =>
        _all.Where(r => r.Role == role && UnitPaths.IsWithin(r.UnitPath, scopePath))
            .Select(r => r.UserId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
}
