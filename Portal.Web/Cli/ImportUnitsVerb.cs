using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Texts;
using Portal.Workflows.Units;

namespace Portal.Web.Cli;

/// <summary>
/// import-units FILE.csv [--structure CODE]: adds the units of a file of the shape of Seed/units.
/// A file with any bad row is refused whole: each bad line is named, and nothing is imported.
/// </summary>
public static class ImportUnitsVerb
{
    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextWriter stdout, TextWriter stderr)
    {
        var (file, structureCode) = ReadArguments(args);
        if (file is null) { stderr.WriteLine(WorkflowText.Get("Cli.ImportUsage")); return 2; }
        file = UserPaths.Resolve(file);
        if (!File.Exists(file)) { stderr.WriteLine(WorkflowText.Get("Cli.FileNotFound", file)); return 2; }

        UnitFile parsed;
        try
        {
            using var reader = new StreamReader(file);
            parsed = UnitFileParser.Parse(reader);
        }
        catch (UnitFileException e)
        {
            stderr.WriteLine(WorkflowText.Get("Cli.FileRefused", e.Errors.Count));
            foreach (var error in e.Errors) stderr.WriteLine("  " + error);
            return 1;
        }

        var provider = services();
        await PortalDatabase.MigrateAsync(provider);
        var structure = StructureFor(structureCode, parsed.Levels);
        var result = await provider.GetRequiredService<UnitImporter>().ImportAsync(structure, parsed);
        stdout.WriteLine(WorkflowText.Get("Cli.Imported", structure.Code, result.Added, result.AlreadyPresent));
        return 0;
    }

    /// <summary>The file is the first word that is not an option; --structure takes the next word; --Key=Value are settings.</summary>
    private static (string? File, string? Structure) ReadArguments(string[] args)
    {
        string? file = null, structure = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--structure" && i + 1 < args.Length) structure = args[++i];
            else if (!args[i].StartsWith("--", StringComparison.Ordinal)) file ??= args[i];
        }
        return (file, structure);
    }

    /// <summary>The named structure, or the national one of the file's shape (2024 for three levels, 2025 for two).</summary>
    private static AdminStructure StructureFor(string? code, int levels)
    {
        var national = levels == 3 ? NationalUnits.Structure2024 : NationalUnits.Structure2025;
        if (code is null || code == national.Code)
            return new AdminStructure { Code = national.Code, Name = national.Name, Levels = levels, ValidFrom = national.ValidFrom, ValidTo = national.ValidTo };
        return new AdminStructure { Code = code, Name = WorkflowText.Get("Cli.StructureName", code), Levels = levels };
    }
}
