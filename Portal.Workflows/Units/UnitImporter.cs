using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;

namespace Portal.Workflows.Units;

/// <summary>How many units an import added, and how many it found already there.</summary>
public sealed record UnitImportResult(int Added, int AlreadyPresent);

/// <summary>
/// Adds the units of a checked file to a structure, in one transaction. Units already present
/// (same structure and code) are left as they are, so importing the same file twice adds nothing.
/// </summary>
public sealed class UnitImporter(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<UnitImportResult> ImportAsync(AdminStructure structure, UnitFile file, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        if (!await db.Structures.AnyAsync(s => s.Code == structure.Code, ct)) db.Structures.Add(structure);
        var known = await db.Units.Where(u => u.StructureCode == structure.Code)
            .Select(u => new { u.Code, u.Id, u.Path })
            .ToDictionaryAsync(u => u.Code, u => (u.Id, u.Path), StringComparer.Ordinal, ct);

        var before = known.Count;
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
        IReadOnlyList<UnitFileRow> rows, Dictionary<string, (int Id, string Path)> known, CancellationToken ct)
    {
        var fresh = new List<AdminUnit>();
        foreach (var row in rows.Where(r => !known.ContainsKey(r.Code)))
        {
            (int Id, string Path)? parent = row.ParentCode is null ? null : known[row.ParentCode];
            fresh.Add(new AdminUnit
            {
                StructureCode = structureCode,
                Level = level,
                Code = row.Code,
                Name = row.Name,
                Type = row.Type,
                ParentId = parent?.Id,
                Path = parent is null ? UnitPaths.Of(structureCode, row.Code) : UnitPaths.Child(parent.Value.Path, row.Code),
                SearchKey = SearchText.KeyFor(row.Name, row.Code),
            });
        }
        if (fresh.Count == 0) return 0;
        db.Units.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var u in fresh) known[u.Code] = (u.Id, u.Path);
        return fresh.Count;
    }
}
