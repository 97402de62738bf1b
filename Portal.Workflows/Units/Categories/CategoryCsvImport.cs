using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Csv;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units.Categories;

/// <summary>
/// Imports commune categories from a CSV file <c>commune_code,standard,category</c> for the communes below one unit (a
/// province): refused whole, each bad line named by its number, like the unit import; otherwise every line is set in one
/// transaction. The file goes through the rules every imported CSV shares (<see cref="CsvFile"/>); a code is looked up
/// among the unit's own communes, so a code that exists in both structures is never ambiguous.
/// </summary>
public sealed class CategoryCsvImport(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog, TimeProvider clock)
{
    public const string Header = "commune_code,standard,category";

    private static readonly CsvRules Rules = new(3) { MaxCellLength = 32, MaxRows = 20_000 };

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
        if (CsvFile.ReadHeader(csv) != Header) errors.Add(WorkflowText.Get("Categories.BadHeader", Header));
        foreach (var row in CsvFile.ReadRows(csv, Rules, errors))
        {
            var (code, standard, category) = (row.Cells[0], row.Cells[1], row.Cells[2]);
            string? problem = !communes.TryGetValue(code, out var id) ? WorkflowText.Get("Categories.UnknownCommune", code, unit.Name)
                : !sets.TryGetValue(standard, out var set) ? WorkflowText.Get("Standards.NotFound", standard)
                : set.FindCategory(category) is null ? WorkflowText.Get("Rounds.BadCategory", category)
                : !seen.Add((code, standard)) ? WorkflowText.Get("Categories.Duplicate", code, standard)
                : null;
            if (problem is null) rows.Add((id, standard, category));
            else errors.Add(CsvFile.LineError(row.Line, problem));
        }
        if (errors.Count > 0) return Outcome.Invalid(errors).As<int>();

        var ids = rows.Select(r => r.UnitId).Distinct().ToList();
        var existing = await db.CommuneCategories.Where(a => ids.Contains(a.UnitId)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (id, standard, category) in rows) CommuneCategories.Upsert(db, existing, id, standard, category, scope.UserName, now);
        await db.SaveChangesAsync(ct); // one SaveChanges: one transaction
        return rows.Count;
    }
}
