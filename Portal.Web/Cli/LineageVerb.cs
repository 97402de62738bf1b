using Portal.Workflows;
using Portal.Workflows.Texts;
using Portal.Workflows.Units.Lineage;

namespace Portal.Web.Cli;

/// <summary>
/// lineage CODE: the predecessors of a 2025 commune, or the successors of a 2024 one, one per line "code,name,share".
/// A code that names a commune of both structures (most new communes kept an old code) prints both lists, each under
/// a line that says which commune and which direction. Exit 0; 1 when no commune has the code; 2 for usage.
/// </summary>
public static class LineageVerb
{
    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextWriter stdout, TextWriter stderr)
    {
        var code = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (string.IsNullOrWhiteSpace(code)) { stderr.WriteLine(WorkflowText.Both("Cli.LineageUsage")); return 2; }
        var provider = services();
        await WorkflowsSetup.PrepareDatabaseAsync(provider);
        var found = await provider.GetRequiredService<UnitLineages>().ForCodeAsync(code.Trim());
        if (found.Count == 0) { stderr.WriteLine(WorkflowText.Both("Cli.LineageUnknown", code)); return 1; }
        foreach (var unit in found)
        {
            stdout.WriteLine(WorkflowText.Get(unit.IsNew ? "Cli.LineagePredecessors" : "Cli.LineageSuccessors", unit.Name, unit.Code, unit.StructureCode));
            foreach (var l in unit.Linked)
                stdout.WriteLine($"{l.Code},{l.Name},{WorkflowText.Get(l.IsPart ? "Lineage.Part" : "Lineage.Whole")}");
        }
        return 0;
    }
}
