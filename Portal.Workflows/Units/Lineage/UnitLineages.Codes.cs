using Microsoft.EntityFrameworkCore;

namespace Portal.Workflows.Units.Lineage;

/// <summary>One unit a code names, and the units linked to it in one direction (predecessors of a new commune, successors of an old one).</summary>
public sealed record CodeLineage(string StructureCode, string Code, string Name, bool IsNew, IReadOnlyList<LinkedUnit> Linked);

public sealed record LinkedUnit(string Code, string Name, bool IsPart);

public sealed partial class UnitLineages
{
    /// <summary>
    /// What the <c>lineage CODE</c> verb prints, for every commune the code names: most new communes kept the code of one
    /// of their old communes, so "22015" is both the old Phường 1 and the new Phường Tuy Hòa, and both directions are given.
    /// Removed rows are left out. No scope: the verb runs on the server, as the system.
    /// </summary>
    public async Task<IReadOnlyList<CodeLineage>> ForCodeAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => u.Code == code && u.Level == Data.Units.UnitLevel.Commune
                && (u.StructureCode == LineageImport.OldStructure || u.StructureCode == LineageImport.NewStructure))
            .OrderByDescending(u => u.StructureCode).ToListAsync(ct);
        var result = new List<CodeLineage>();
        foreach (var u in units)
        {
            var isNew = u.StructureCode == LineageImport.NewStructure;
            var linked = isNew
                ? db.UnitLineages.Where(l => l.SuccessorId == u.Id && !l.Removed).OrderBy(l => l.Predecessor!.Code)
                    .Select(l => new LinkedUnit(l.Predecessor!.Code, l.Predecessor.Name, l.IsPart))
                : db.UnitLineages.Where(l => l.PredecessorId == u.Id && !l.Removed).OrderBy(l => l.Successor!.Code)
                    .Select(l => new LinkedUnit(l.Successor!.Code, l.Successor.Name, l.IsPart));
            result.Add(new CodeLineage(u.StructureCode, u.Code, u.Name, isNew, await linked.ToListAsync(ct)));
        }
        return result;
    }
}
