using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Seed;
using Portal.Data.Units;

namespace Portal.Workflows.Units.Lineage;

/// <summary>
/// Imports Seed/units/commune-merger-2025.csv (see SOURCE.md there) as the lineage between the units of the 2024 and
/// 2025 structures, at start-up. Idempotent: a pair already stored — kept, corrected or removed by an administrator —
/// is never added again, and pairs whose units are missing are left out. One transaction.
/// </summary>
public sealed class LineageImport(IDbContextFactory<PortalDbContext> dbFactory)
{
    public const string FileName = "commune-merger-2025.csv";
    public const string OldStructure = "2024";
    public const string NewStructure = "2025";

    /// <summary>The rows of the file: old code, new code, and whether only part of the old commune went into the new one.</summary>
    public static IReadOnlyList<(string Old, string New, bool IsPart)> ReadFile()
    {
        using var reader = SeedFiles.Open("units", FileName);
        var rows = new List<(string, string, bool)>();
        reader.ReadLine(); // old_commune_code,new_commune_code,share
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split(',');
            rows.Add((f[0].Trim(), f[1].Trim(), f.Length > 2 && f[2].Trim() == "part"));
        }
        return rows;
    }

    /// <summary>Adds the pairs of the file not yet stored; gives how many.</summary>
    public async Task<int> ImportAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var old = await CodesAsync(db, OldStructure, ct);
        var fresh = await CodesAsync(db, NewStructure, ct);
        if (old.Count == 0 || fresh.Count == 0) return 0;
        var stored = (await db.UnitLineages.Select(l => new { l.PredecessorId, l.SuccessorId }).ToListAsync(ct))
            .Select(l => (l.PredecessorId, l.SuccessorId)).ToHashSet();
        var added = 0;
        foreach (var (o, n, part) in ReadFile())
        {
            if (!old.TryGetValue(o, out var from) || !fresh.TryGetValue(n, out var to) || !stored.Add((from, to))) continue;
            db.UnitLineages.Add(new UnitLineage { PredecessorId = from, SuccessorId = to, IsPart = part, Origin = "file" });
            added++;
        }
        if (added > 0) await db.SaveChangesAsync(ct);
        return added;
    }

    private static Task<Dictionary<string, int>> CodesAsync(PortalDbContext db, string structure, CancellationToken ct) =>
        db.Units.Where(u => u.StructureCode == structure && u.Level == UnitLevel.Commune)
            .ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
}
