using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units;

/// <summary>
/// Every read of administrative units goes through here, filtered by <see cref="AccessPolicy"/>.
/// An id outside the reader's scope is refused and the refusal logged, exactly as a page would be.
/// </summary>
public sealed class UnitDirectory(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog)
{
    /// <summary>One unit with its parents and children; refused (and logged) outside the reader's scope.</summary>
    public async Task<Outcome<UnitDetails>> GetAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null) return Outcome.NotFound(WorkflowText.Get("Units.NotFound")).As<UnitDetails>();
        if (!AccessPolicy.CanRead(scope, unit.Path))
        {
            await accessLog.RefuseAsync(scope, $"unit:{id}", "read", "outside the user's unit", ct);
            return Outcome.Refused(WorkflowText.Get("Units.Refused")).As<UnitDetails>();
        }
        var ancestorPaths = UnitPaths.AncestorsOf(unit.Path);
        var ancestors = await db.Units.AsNoTracking().Include(u => u.Parent)
            .Where(u => ancestorPaths.Contains(u.Path)).OrderBy(u => u.Path).ToListAsync(ct);
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == id)
            .OrderBy(u => u.Code).Select(RowOf).ToListAsync(ct);
        var chain = ancestors.Select(a => ToRow(a) with { CanOpen = AccessPolicy.CanRead(scope, a.Path) }).ToList();
        return new UnitDetails(ToRow(unit), chain, children)
        {
            AppraisingOffice = unit.AppraisingOffice, CanManage = Categories.CommuneCategories.MaySet(scope, unit.Path),
        };
    }

    public async Task<(IReadOnlyList<UnitRow> Rows, int Total)> SearchAsync(UserScope scope, UnitQuery query,
        int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = Filter(db.Units.AsNoTracking().Where(AccessPolicy.ReadableUnits(scope)), query);
        var total = await units.CountAsync(ct);
        var rows = await units.OrderBy(u => u.Path).Skip(skip).Take(take).Select(RowOf).ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>The structures that hold units the reader may see (an officer sees only their own).</summary>
    public async Task<IReadOnlyList<AdminStructure>> StructuresAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var codes = await db.Units.Where(AccessPolicy.ReadableUnits(scope)).Select(u => u.StructureCode)
            .Distinct().ToListAsync(ct);
        return await db.Structures.AsNoTracking().Where(s => codes.Contains(s.Code)).OrderBy(s => s.Code).ToListAsync(ct);
    }

    private static IQueryable<AdminUnit> Filter(IQueryable<AdminUnit> units, UnitQuery q)
    {
        if (q.StructureCode is { Length: > 0 } s) units = units.Where(u => u.StructureCode == s);
        if (q.Level is { } level) units = units.Where(u => u.Level == level);
        var folded = SearchText.Fold(q.Text);
        if (folded.Length > 0) units = units.Where(u => u.SearchKey.Contains(folded));
        return units;
    }

    // An expression, not a method, so that EF turns the parent's name into a join.
    private static readonly Expression<Func<AdminUnit, UnitRow>> RowOf = u =>
        new UnitRow(u.Id, u.StructureCode, u.Level, u.Code, u.Name, u.Type, u.Parent != null ? u.Parent.Name : null, true);
    private static readonly Func<AdminUnit, UnitRow> ToRow = RowOf.Compile();
}
