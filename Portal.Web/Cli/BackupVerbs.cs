using Portal.Data;
using Portal.Workflows.Backups;
using Portal.Workflows.Texts;

namespace Portal.Web.Cli;

/// <summary>
/// backup FILE.zip: a copy of the data folder (database by SQLite's online backup, uploads, keys) with a manifest of
/// row counts and checksums, safe while the portal serves. restore FILE.zip: into an empty data folder only, checked
/// against the manifest before anything is put in place.
/// </summary>
public static class BackupVerbs
{
    public static async Task<int> BackupAsync(string[] args, Func<IServiceProvider> services, TextWriter stdout, TextWriter stderr)
    {
        if (FileArgument(args) is not { } file) { stderr.WriteLine(WorkflowText.Get("Backup.Usage")); return 2; }
        var provider = services();
        await PortalDatabase.MigrateAsync(provider);
        var target = UserPaths.ResolveOutput(file);
        var manifest = await provider.GetRequiredService<PortalBackup>().CreateAsync(target);
        stdout.WriteLine(WorkflowText.Get("Backup.Written", target, manifest.Tables.Count, manifest.Tables.Values.Sum(), manifest.Files.Count));
        return 0;
    }

    public static async Task<int> RestoreAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (FileArgument(args) is not { } file) { stderr.WriteLine(WorkflowText.Get("Backup.Usage")); return 2; }
        var settings = new ConfigurationBuilder().AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray()).Build();
        var dataDir = Path.GetFullPath(settings["Portal:DataDir"] is { Length: > 0 } d ? d : "data");
        var outcome = await PortalRestore.RunAsync(UserPaths.Resolve(file), dataDir);
        if (outcome.Value is { } manifest)
        {
            stdout.WriteLine(WorkflowText.Get("Backup.Restored", dataDir, manifest.Tables.Count, manifest.Tables.Values.Sum(), manifest.Files.Count));
            return 0;
        }
        stderr.WriteLine(WorkflowText.Get("Backup.RestoreRefused"));
        foreach (var error in outcome.Errors) stderr.WriteLine("  " + error);
        return 1;
    }

    private static string? FileArgument(string[] args) => args.FirstOrDefault(a => !a.StartsWith('-'));
}
