using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Scoring;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units.Categories;

/// <summary>A commune's category under one standard set, with the set's categories to choose from.</summary>
public sealed record CategoryLine(string StandardCode, string? SetTitle, bool Illustrative, IReadOnlyList<CommuneCategory> Choices,
    string? Category, string? SetBy, DateTime? SetAtUtc);

/// <summary>The categories of one commune, and whether the reader sets them (the province for its communes).</summary>
public sealed record UnitCategories(IReadOnlyList<CategoryLine> Lines, bool CanSet);

/// <summary>
/// The register of commune categories (loại xã) per standard set: the province sets them for its communes, the commune
/// reads its own, registration copies it into the dossier (a commune does not choose its own threshold).
/// </summary>
public sealed class CommuneCategories(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock)
{
    /// <summary>The province officer (or an administrator) sets the categories of the communes of the province.</summary>
    public static bool MaySet(UserScope scope, string unitPath) =>
        scope.IsAdministrator || scope.IsInRole(PortalRoles.ProvinceOfficer) && AccessPolicy.CanChange(scope, unitPath);

    public async Task<Outcome<UnitCategories>> ReadAsync(UserScope scope, int communeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == communeId, ct);
        if (unit is null) return Outcome.NotFound(WorkflowText.Get("Units.NotFound")).As<UnitCategories>();
        if (!AccessPolicy.CanRead(scope, unit.Path))
        {
            await accessLog.RefuseAsync(scope, $"unit:{communeId}", "read", "categories outside the user's unit", ct);
            return Outcome.Refused(WorkflowText.Get("Units.Refused")).As<UnitCategories>();
        }
        if (unit.Level != UnitLevel.Commune) return new UnitCategories([], false);
        var assigned = await db.CommuneCategories.AsNoTracking().Where(a => a.UnitId == communeId).ToDictionaryAsync(a => a.StandardCode, ct);
        var lines = (await SetsAsync(db, ct)).Select(s => assigned.TryGetValue(s.Code, out var a)
            ? new CategoryLine(s.Code, s.TitleVi, s.Illustrative, s.Categories, a.Category, a.SetBy, a.SetAtUtc)
            : new CategoryLine(s.Code, s.TitleVi, s.Illustrative, s.Categories, null, null, null)).ToList();
        return new UnitCategories(lines, MaySet(scope, unit.Path));
    }

    /// <summary>Sets one commune's category under one set; anyone but the province (or an administrator) is refused and logged.</summary>
    public async Task<Outcome> SetAsync(UserScope scope, int communeId, string standardCode, string? category, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == communeId, ct);
        if (unit is null) return Outcome.NotFound(WorkflowText.Get("Units.NotFound"));
        if (!MaySet(scope, unit.Path))
        {
            await accessLog.RefuseAsync(scope, $"unit:{communeId}", "change", "set a commune category without the province's role", ct);
            return Outcome.Refused(WorkflowText.Get("Access.Refused"));
        }
        if (unit.Level != UnitLevel.Commune) return Outcome.Invalid(WorkflowText.Get("Categories.NotCommune", unit.Name));
        var set = (await SetsAsync(db, ct)).FirstOrDefault(s => s.Code == standardCode);
        if (set is null) return Outcome.Invalid(WorkflowText.Get("Standards.NotFound", standardCode));
        if (category is null || set.FindCategory(category) is null) return Outcome.Invalid(WorkflowText.Get("Rounds.BadCategory", category ?? ""));
        var existing = await db.CommuneCategories.Where(a => a.UnitId == communeId && a.StandardCode == standardCode).ToListAsync(ct);
        Upsert(db, existing, communeId, standardCode, category, scope.UserName, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    internal static void Upsert(PortalDbContext db, IReadOnlyList<CommuneCategoryAssignment> existing, int unitId, string standardCode,
        string category, string userName, DateTime now)
    {
        var row = existing.FirstOrDefault(a => a.UnitId == unitId && a.StandardCode == standardCode);
        if (row is null)
            db.CommuneCategories.Add(new CommuneCategoryAssignment { UnitId = unitId, StandardCode = standardCode, Category = category, SetBy = userName, SetAtUtc = now });
        else
            (row.Category, row.SetBy, row.SetAtUtc) = (category, userName, now);
    }

    /// <summary>Every stored set that reads, with its categories.</summary>
    internal static async Task<IReadOnlyList<StandardSet>> SetsAsync(PortalDbContext db, CancellationToken ct) =>
        (await db.StandardSets.AsNoTracking().OrderBy(s => s.Code).Select(s => s.Json).ToListAsync(ct))
            .Select(json => StandardSetFormat.Read(json).Set).OfType<StandardSet>().ToList();
}
