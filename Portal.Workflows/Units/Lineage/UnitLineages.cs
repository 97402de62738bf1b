using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units.Lineage;

/// <summary>One linked unit: the other end of a lineage row, with its share and its recognition history (year → state).</summary>
public sealed record LineageLine(int LineageId, int UnitId, string Code, string Name, string StructureCode, string? ParentName,
    bool IsPart, bool Removed, string Origin, IReadOnlyList<(int Year, DossierState State)> History, IReadOnlyList<LineageChangeLine> Changes);

public sealed record LineageChangeLine(DateTime AtUtc, string UserName, string Before, string After, string Reason);

/// <summary>A unit's place in the merger: the old communes it came from, the new communes it went into.</summary>
public sealed record UnitLineageView(IReadOnlyList<LineageLine> Predecessors, IReadOnlyList<LineageLine> Successors, bool CanCorrect);

/// <summary>
/// The lineage between the 2024 and 2025 communes (record 0013): read on a commune's page and by the <c>lineage</c>
/// verb, corrected by an administrator with a reason (the file has known errors), every correction kept in the row's history.
/// </summary>
public sealed partial class UnitLineages(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock)
{
    public async Task<Outcome<UnitLineageView>> ReadAsync(UserScope scope, int unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null) return Outcome.NotFound(WorkflowText.Get("Units.NotFound")).As<UnitLineageView>();
        if (!AccessPolicy.CanRead(scope, unit.Path))
        {
            await accessLog.RefuseAsync(scope, $"unit:{unitId}", "read", "lineage outside the user's unit", ct);
            return Outcome.Refused(WorkflowText.Get("Units.Refused")).As<UnitLineageView>();
        }
        // Rows that end here name their old commune; rows that start here, their new commune.
        var rows = (await db.UnitLineages.AsNoTracking().Where(l => l.SuccessorId == unitId)
                .Select(l => new Row(l.Id, l.IsPart, l.Removed, l.Origin, true, l.Predecessor!)).ToListAsync(ct))
            .Concat(await db.UnitLineages.AsNoTracking().Where(l => l.PredecessorId == unitId)
                .Select(l => new Row(l.Id, l.IsPart, l.Removed, l.Origin, false, l.Successor!)).ToListAsync(ct))
            .ToList();
        var parentIds = rows.Select(r => r.Other.ParentId).OfType<int>().Distinct().ToList();
        var parents = await db.Units.AsNoTracking().Where(u => parentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var otherIds = rows.Select(r => r.Other.Id).ToList();
        var history = (await db.Dossiers.AsNoTracking().Where(d => otherIds.Contains(d.UnitId))
            .Select(d => new { d.UnitId, d.Round!.Year, d.State }).ToListAsync(ct)).ToLookup(d => d.UnitId);
        var lineageIds = rows.Select(r => r.Id).ToList();
        var changes = (await db.UnitLineageChanges.AsNoTracking().Where(c => lineageIds.Contains(c.LineageId)).OrderBy(c => c.Id).ToListAsync(ct))
            .ToLookup(c => c.LineageId);
        var lines = rows.Select(r => (r.Back, Line: new LineageLine(r.Id, r.Other.Id, r.Other.Code, r.Other.Name, r.Other.StructureCode,
            r.Other.ParentId is { } p ? parents.GetValueOrDefault(p) : null, r.IsPart, r.Removed, r.Origin, [.. history[r.Other.Id].OrderBy(h => h.Year).Select(h => (h.Year, h.State))],
            [.. changes[r.Id].Select(c => new LineageChangeLine(c.AtUtc, c.UserName, c.Before, c.After, c.Reason))]))).ToList();
        return new UnitLineageView([.. lines.Where(x => x.Back).Select(x => x.Line).OrderBy(l => l.Code, StringComparer.Ordinal)],
            [.. lines.Where(x => !x.Back).Select(x => x.Line).OrderBy(l => l.Code, StringComparer.Ordinal)], scope.IsAdministrator);
    }

    private sealed record Row(int Id, bool IsPart, bool Removed, string Origin, bool Back, AdminUnit Other);
}
