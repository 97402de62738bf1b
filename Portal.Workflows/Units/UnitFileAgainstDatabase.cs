using Portal.Workflows.Csv;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units;

/// <summary>A unit already in the database, as an import compares a file with it.</summary>
internal sealed record KnownUnit(int Id, string Code, string Path, string Name);

/// <summary>
/// A file must agree with the units its structure already holds: a code that is there under another name or
/// another parent is a refusal naming its line, not "already present". Importing it would leave the database
/// saying one thing and the file another, and every later import would silently keep the old one.
/// </summary>
internal static class UnitFileAgainstDatabase
{
    public static void RefuseContradictions(UnitFile file, IReadOnlyDictionary<string, KnownUnit> known)
    {
        var errors = new List<string>();
        foreach (var row in file.Provinces.Concat(file.Districts).Concat(file.Communes))
        {
            if (!known.TryGetValue(row.Code, out var unit)) continue;
            var parent = ParentCodeOf(unit.Path);
            if (unit.Name == row.Name && parent == row.ParentCode) continue;
            var none = WorkflowText.Get("Units.NoParent");
            var problem = WorkflowText.Get("Units.InDatabase", row.Code, unit.Name, parent ?? none, row.Name, row.ParentCode ?? none);
            errors.Add(file.Lines.TryGetValue(row.Code, out var line) ? CsvFile.LineError(line, problem) : problem);
            if (errors.Count >= CsvFile.MaxErrors) break;
        }
        if (errors.Count > 0) throw new UnitFileException(errors);
    }

    /// <summary>"555" for "/2024/54/555/22015/"; null for a province ("/2024/54/").</summary>
    public static string? ParentCodeOf(string path)
    {
        var parts = path.Trim('/').Split('/');
        return parts.Length > 2 ? parts[^2] : null;
    }
}
