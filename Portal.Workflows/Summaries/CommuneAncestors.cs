using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;

namespace Portal.Workflows.Summaries;

/// <summary>The province and district (none in the two-level structure) a commune lies in: the summaries' unit columns.</summary>
public sealed record Ancestors(int ProvinceId, int? DistrictId);

/// <summary>Reads the ancestors of communes from their parent links (at most three levels: province, district, commune).</summary>
public static class CommuneAncestors
{
    public static async Task<Dictionary<int, Ancestors>> ReadAsync(PortalDbContext db, IQueryable<int> communeIds, CancellationToken ct)
    {
        var rows = await db.Units.AsNoTracking().Where(u => communeIds.Contains(u.Id))
            .Select(u => new { u.Id, u.ParentId, GrandparentId = u.Parent != null ? u.Parent.ParentId : null }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => Of(r.Id, r.ParentId, r.GrandparentId));
    }

    public static Task<Dictionary<int, Ancestors>> ReadAsync(PortalDbContext db, int communeId, CancellationToken ct) =>
        ReadAsync(db, db.Units.Where(u => u.Id == communeId).Select(u => u.Id), ct);

    /// <summary>A commune under a district under a province, or directly under a province (2025).</summary>
    public static Ancestors Of(int id, int? parentId, int? grandparentId) => (parentId, grandparentId) switch
    {
        (null, _) => new Ancestors(id, null),
        ({ } parent, null) => new Ancestors(parent, null),
        ({ } parent, { } grandparent) => new Ancestors(grandparent, parent),
    };
}
