using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units;

/// <summary>How many units an import added, and how many it found already there.</summary>
public sealed record UnitImportResult(int Added, int AlreadyPresent);

/// <summary>
/// Adds the units of a checked file to a structure, in one transaction. Units already present (same structure, code,
/// name and parent) are left as they are, so importing the same file twice adds nothing; a row that contradicts the
/// database (<see cref="UnitFileAgainstDatabase"/>), or a file of another number of levels than the structure, is
/// refused before anything is written.
/// </summary>
public sealed class UnitImporter(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<UnitImportResult> ImportAsync(AdminStructure structure, UnitFile file, CancellationToken ct = default)
    {
        if (UnitStructureCode.Problem(structure.Code) is { } badCode) throw new UnitFileException([badCode]);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var levels = await db.Structures.Where(s => s.Code == structure.Code).Select(s => (int?)s.Levels).FirstOrDefaultAsync(ct);
        if (levels is null) db.Structures.Add(structure);
        if ((levels ?? structure.Levels) != file.Levels)
            throw new UnitFileException([WorkflowText.Get("Units.StructureLevels", structure.Code, levels ?? structure.Levels, file.Levels)]);
        var known = await db.Units.Where(u => u.StructureCode == structure.Code)
            .Select(u => new KnownUnit(u.Id, u.Code, u.Path, u.Name))
            .ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        UnitFileAgainstDatabase.RefuseContradictions(file, known);

        var added = 0;
        added += await AddLevelAsync(db, structure.Code, UnitLevel.Province, file.Provinces, known, ct);
        added += await AddLevelAsync(db, structure.Code, UnitLevel.District, file.Districts, known, ct);
        added += await AddLevelAsync(db, structure.Code, UnitLevel.Commune, file.Communes, known, ct);
        await tx.CommitAsync(ct);

        var inFile = file.Provinces.Count + file.Districts.Count + file.Communes.Count;
        return new UnitImportResult(added, inFile - added);
    }

    /// <summary>Adds the missing units of one level; parents were saved by the level above, so their ids are known.</summary>
    private static async Task<int> AddLevelAsync(PortalDbContext db, string structureCode, UnitLevel level,
        IReadOnlyList<UnitFileRow> rows, Dictionary<string, KnownUnit> known, CancellationToken ct)
    {
        var fresh = new List<AdminUnit>();
        foreach (var row in rows.Where(r => !known.ContainsKey(r.Code)))
        {
            var parent = row.ParentCode is null ? null : known[row.ParentCode];
            fresh.Add(new AdminUnit
            {
                StructureCode = structureCode,
                Level = level,
                Code = row.Code,
                Name = row.Name,
                Type = row.Type,
                ParentId = parent?.Id,
                Path = parent is null ? UnitPaths.Of(structureCode, row.Code) : UnitPaths.Child(parent.Path, row.Code),
                SearchKey = SearchText.KeyFor(row.Name, row.Code),
            });
        }
        if (fresh.Count == 0) return 0;
        db.Units.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var u in fresh) known[u.Code] = new KnownUnit(u.Id, u.Code, u.Path, u.Name);
        return fresh.Count;
    }
}
