using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Csv;

namespace Portal.Workflows.Rounds.Registering;

/// <summary>A commune of the file, found in the round's scope, with the category the province set for it.</summary>
public sealed record RegistrationRow(int Line, int UnitId, string Category);

/// <summary>
/// Reads a registration file: the header <c>commune_code</c>, then one commune of the round's scope per line, each code
/// once, each with its category for the round's standard set already set by the province. Uses the shared CSV rules
/// (Workflows/Csv); every problem names its line, and any problem refuses the whole file.
/// </summary>
public static class RegistrationCsv
{
    public const string Header = "commune_code";

    public static async Task<(IReadOnlyList<RegistrationRow> Rows, IReadOnlyList<string> Errors)> ReadAsync(PortalDbContext db, Round round,
        TextReader csv, CancellationToken ct)
    {
        var errors = new List<string>();
        if (CsvFile.ReadHeader(csv) is not Header) return ([], [RegistrationText.Get("Csv.Header", Header)]);
        var communes = await db.Units.AsNoTracking().Where(UnitPaths.Within(round.ScopeUnit!.Path)).Where(u => u.Level == UnitLevel.Commune)
            .ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        var categories = await db.CommuneCategories.AsNoTracking().Where(a => a.StandardCode == round.StandardCode && communes.Values.Contains(a.UnitId))
            .ToDictionaryAsync(a => a.UnitId, a => a.Category, ct);
        var rows = new List<RegistrationRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvFile.ReadRows(csv, new CsvRules(1) { MaxRows = 20_000 }, errors))
        {
            var code = row.Cells[0];
            if (seen.TryGetValue(code, out var first)) errors.Add(CsvFile.LineError(row.Line, RegistrationText.Get("Csv.Duplicate", code, first)));
            else if (!communes.TryGetValue(code, out var unitId)) errors.Add(CsvFile.LineError(row.Line, RegistrationText.Get("Csv.NotInRound", code)));
            else if (!categories.TryGetValue(unitId, out var category)) errors.Add(CsvFile.LineError(row.Line, RegistrationText.Get("Csv.NoCategory", code, round.StandardCode)));
            else rows.Add(new RegistrationRow(row.Line, unitId, category));
            seen.TryAdd(code, row.Line);
        }
        return (rows, errors);
    }
}
