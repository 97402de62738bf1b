using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Csv;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Rounds.Registering;

/// <summary>A commune of the file, found in the round's scope, with its category.</summary>
public sealed record RegistrationRow(int Line, int UnitId, string Category);

/// <summary>
/// Reads a registration file: the header <c>commune_code,category</c>, then one commune of the round's scope per line
/// with a category of the round's standard set, each code once. Uses the shared CSV rules (Workflows/Csv); every
/// problem names its line, and any problem refuses the whole file.
/// </summary>
public static class RegistrationCsv
{
    public const string Header = "commune_code,category";

    public static async Task<(IReadOnlyList<RegistrationRow> Rows, IReadOnlyList<string> Errors)> ReadAsync(PortalDbContext db, Round round,
        TextReader csv, CancellationToken ct)
    {
        var errors = new List<string>();
        if (CsvFile.ReadHeader(csv) is not Header) return ([], [RegistrationText.Get("Csv.Header", Header)]);
        var path = round.ScopeUnit!.Path;
        var communes = await db.Units.AsNoTracking().Where(UnitPaths.Within(path)).Where(u => u.Level == UnitLevel.Commune)
            .ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        var categories = await CategoriesAsync(db, round.StandardCode, ct);
        var rows = new List<RegistrationRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvFile.ReadRows(csv, new CsvRules(2) { MaxRows = 20_000 }, errors))
        {
            var (code, category) = (row.Cells[0], row.Cells[1]);
            if (seen.TryGetValue(code, out var first)) errors.Add(CsvFile.LineError(row.Line, RegistrationText.Get("Csv.Duplicate", code, first)));
            else if (!communes.TryGetValue(code, out var unitId)) errors.Add(CsvFile.LineError(row.Line, RegistrationText.Get("Csv.NotInRound", code)));
            else if (!categories.Contains(category)) errors.Add(CsvFile.LineError(row.Line, RegistrationText.Get("Csv.Category", category, string.Join(", ", categories))));
            else rows.Add(new RegistrationRow(row.Line, unitId, category));
            seen.TryAdd(code, row.Line);
        }
        return (rows, errors);
    }

    /// <summary>The category codes of a standard set (A, B, C…).</summary>
    public static async Task<IReadOnlySet<string>> CategoriesAsync(PortalDbContext db, string standardCode, CancellationToken ct)
    {
        var json = await db.StandardSets.AsNoTracking().Where(s => s.Code == standardCode).Select(s => s.Json).FirstAsync(ct);
        return StandardSetFormat.Read(json).Set!.Categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
    }
}
