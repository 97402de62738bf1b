using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units.Categories;

/// <summary>
/// Imports commune categories from a CSV file <c>commune_code,standard,category</c> for the communes below one unit (a
/// province): refused whole, each bad line named by its number, like the unit import; otherwise every line is set in one
/// transaction. A code is looked up among the unit's own communes, so a code that exists in both structures is never
/// ambiguous. Kept apart from the other CSV checks, to be unified with them later.
/// </summary>
public sealed class CategoryCsvImport(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock)
{
    public const string Header = "commune_code,standard,category";

    /// <summary>Imports the file; gives how many categories it set.</summary>
    public async Task<Outcome<int>> ImportAsync(UserScope scope, int unitId, TextReader csv, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null) return Outcome.NotFound(WorkflowText.Get("Units.NotFound")).As<int>();
        if (!CommuneCategories.MaySet(scope, unit.Path))
        {
            await accessLog.RefuseAsync(scope, $"unit:{unitId}", "change", "import commune categories without the province's role", ct);
            return Outcome.Refused(WorkflowText.Get("Access.Refused")).As<int>();
        }
        var communes = await db.Units.AsNoTracking().Where(u => u.Level == UnitLevel.Commune && u.Path.StartsWith(unit.Path))
            .ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        var sets = (await CommuneCategories.SetsAsync(db, ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);

        var errors = new List<string>();
        var rows = new List<(int UnitId, string Standard, string Category)>();
        var seen = new HashSet<(string, string)>();
        var lineNo = 0;
        while (await csv.ReadLineAsync(ct) is { } line)
        {
            lineNo++;
            if (lineNo == 1)
            {
                if (line.Trim().TrimStart('\uFEFF') != Header) errors.Add(WorkflowText.Get("Categories.BadHeader", Header));
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = CsvLine.Split(line)?.Select(x => x.Trim()).ToList();
            string Err(string key, params object?[] args) => WorkflowText.Get("Categories.Line", lineNo, WorkflowText.Get(key, args));
            if (f is not { Count: 3 }) { errors.Add(Err("Categories.FieldCount")); continue; }
            var (code, standard, category) = (f[0], f[1], f[2]);
            if (!communes.TryGetValue(code, out var id)) { errors.Add(Err("Categories.UnknownCommune", code, unit.Name)); continue; }
            if (!sets.TryGetValue(standard, out var set)) { errors.Add(Err("Standards.NotFound", standard)); continue; }
            if (set.FindCategory(category) is null) { errors.Add(Err("Rounds.BadCategory", category)); continue; }
            if (!seen.Add((code, standard))) { errors.Add(Err("Categories.Duplicate", code, standard)); continue; }
            rows.Add((id, standard, category));
        }
        if (lineNo == 0) errors.Add(WorkflowText.Get("Categories.BadHeader", Header));
        if (errors.Count > 0) return Outcome.Invalid(errors).As<int>();

        var ids = rows.Select(r => r.UnitId).Distinct().ToList();
        var existing = await db.CommuneCategories.Where(a => ids.Contains(a.UnitId)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (id, standard, category) in rows) CommuneCategories.Upsert(db, existing, id, standard, category, scope.UserName, now);
        await db.SaveChangesAsync(ct); // one SaveChanges: one transaction
        return rows.Count;
    }
}
