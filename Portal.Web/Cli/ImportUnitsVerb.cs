using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Texts;
using Portal.Workflows.Units;

namespace Portal.Web.Cli;

/// <summary>
/// import-units FILE.csv [--structure CODE [--new-structure]]: adds the units of a file of the shape of Seed/units.
/// The structure must be a valid code (no "/") and known (a national one or one already in the database) unless
/// --new-structure says to create it: a mistyped code must not quietly start a new map. A file with any bad row, or
/// a row that contradicts the database, is refused whole: each problem is named with its line, nothing is imported.
/// </summary>
public static class ImportUnitsVerb
{
    private sealed record Arguments(string? File, string? Structure, bool NewStructure, bool StructureMissing);

    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextWriter stdout, TextWriter stderr)
    {
        var a = ReadArguments(args);
        if (a.File is null || a.StructureMissing) { stderr.WriteLine(WorkflowText.Get("Cli.ImportUsage")); return 2; }
        if (a.Structure is not null && UnitStructureCode.Problem(a.Structure) is { } badCode) { stderr.WriteLine(badCode); return 2; }
        var file = UserPaths.Resolve(a.File);
        if (!File.Exists(file)) { stderr.WriteLine(WorkflowText.Get("Cli.FileNotFound", file)); return 2; }

        try
        {
            UnitFile parsed;
            using (var reader = new StreamReader(file)) parsed = UnitFileParser.Parse(reader);

            var provider = services();
            await PortalDatabase.MigrateAsync(provider);
            var structure = StructureFor(a.Structure, parsed.Levels);
            if (!a.NewStructure && await UnknownStructureAsync(provider, structure.Code) is { } unknown)
            {
                stderr.WriteLine(unknown);
                return 2;
            }
            var result = await provider.GetRequiredService<UnitImporter>().ImportAsync(structure, parsed);
            stdout.WriteLine(WorkflowText.Get("Cli.Imported", structure.Code, result.Added, result.AlreadyPresent));
            return 0;
        }
        catch (UnitFileException e)
        {
            stderr.WriteLine(WorkflowText.Get("Cli.FileRefused", e.Errors.Count));
            foreach (var error in e.Errors) stderr.WriteLine("  " + error);
            return 1;
        }
    }

    /// <summary>The file is the first word that is not an option; --structure takes the next word; --Key=Value are settings.</summary>
    private static Arguments ReadArguments(string[] args)
    {
        string? file = null, structure = null;
        var (isNew, missing) = (false, false);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--structure")
            {
                if (i + 1 < args.Length) structure = args[++i];
                else missing = true;
            }
            else if (args[i] == "--new-structure") isNew = true;
            else if (!args[i].StartsWith("--", StringComparison.Ordinal)) file ??= args[i];
        }
        return new Arguments(file, structure, isNew, missing);
    }

    /// <summary>Null when the structure is national or in the database; otherwise the refusal naming the known ones.</summary>
    private static async Task<string?> UnknownStructureAsync(IServiceProvider provider, string code)
    {
        if (code == NationalUnits.Structure2024.Code || code == NationalUnits.Structure2025.Code) return null;
        await using var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var known = await db.Structures.Select(s => s.Code).OrderBy(c => c).ToListAsync();
        return known.Contains(code) ? null
            : WorkflowText.Get("Units.UnknownStructure", code, string.Join(", ", known.Union([NationalUnits.Structure2024.Code, NationalUnits.Structure2025.Code])));
    }

    /// <summary>The named structure, or the national one of the file's shape (2024 for three levels, 2025 for two).</summary>
    private static AdminStructure StructureFor(string? code, int levels)
    {
        var national = code == NationalUnits.Structure2025.Code || code is null && levels == 2 ? NationalUnits.Structure2025
            : code == NationalUnits.Structure2024.Code || code is null ? NationalUnits.Structure2024 : null;
        if (national is not null)
            return new AdminStructure { Code = national.Code, Name = national.Name, Levels = national.Levels, ValidFrom = national.ValidFrom, ValidTo = national.ValidTo };
        return new AdminStructure { Code = code!, Name = WorkflowText.Get("Cli.StructureName", code), Levels = levels };
    }
}
