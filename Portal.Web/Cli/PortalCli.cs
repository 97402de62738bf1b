using Portal.Data;
using Portal.DevTools;
using Portal.DevTools.Benchmarks;
using Portal.DevTools.National;
using Portal.Workflows;

namespace Portal.Web.Cli;

/// <summary>
/// Command-line verbs of `dotnet run --project Portal.Web -- VERB …`. They run without the web server,
/// print what they did, and return an exit status (0 done, 1 refused input, 2 usage).
/// Settings such as --Portal:DataDir=PATH may follow the verb, as for the web app.
/// </summary>
public static class PortalCli
{
    public static Task<int?> TryRunAsync(string[] args) => TryRunAsync(args, Console.Out, Console.Error);

    public static async Task<int?> TryRunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return null;
        var rest = args[1..];
        return args[0] switch
        {
            "import-units" => await ImportUnitsVerb.RunAsync(rest, () => Services(rest, devTools: false), stdout, stderr),
            "backup" => await BackupVerbs.BackupAsync(rest, () => Services(rest, devTools: false), stdout, stderr),
            "restore" => await BackupVerbs.RestoreAsync(rest, stdout, stderr),
            "score" => ScoreVerb.Run(rest, stdout, stderr),
            "verify-audit" => await VerifyAuditVerb.RunAsync(rest, () => Services(rest, devTools: false), stdout, stderr),
            "check-summaries" => await CheckSummariesVerb.RunAsync(() => Services(rest, devTools: false), stdout, stderr),
            "copy-database" => await CopyDatabaseVerb.RunAsync(rest, () => Services(rest, devTools: false), stdout, stderr),
            // Developer verbs (Portal.DevTools): only they register the developer tools.
            "seed-national" => await SeedNationalVerb.RunAsync(rest, () => Services(rest, devTools: true), stdout, stderr),
            "bench-dashboard" => await BenchDashboardVerb.RunAsync(rest, () => Services(rest, devTools: true), stdout, stderr),
            "bench" => await BenchVerb.RunAsync(rest, more => Services([.. rest, .. more], devTools: true), stdout, stderr),
            "lineage" => await LineageVerb.RunAsync(rest, () => Services(rest, devTools: false), stdout, stderr),
            "crash-drive" => await Portal.DevTools.Crash.CrashDriveVerb.RunAsync(rest, () => Services(rest, devTools: true), stdout),
            "help" => Usage(stdout, 0),
            _ => Usage(stderr, 2),
        };
    }

    private static int Usage(TextWriter writer, int status)
    {
        writer.WriteLine("Cách dùng / usage:");
        writer.WriteLine("  dotnet run --project Portal.Web -- import-units FILE.csv [--structure CODE [--new-structure]]");
        writer.WriteLine("  dotnet run --project Portal.Web -- verify-audit [--anchor ID:HASH]");
        writer.WriteLine("  dotnet run --project Portal.Web -- backup FILE.zip | restore FILE.zip [--Portal:DataDir=EMPTY_FOLDER]");
        writer.WriteLine("  dotnet run --project Portal.Web -- score --standard SET.json --inputs INPUTS.json");
        writer.WriteLine("  dotnet run --project Portal.Web -- check-summaries");
        writer.WriteLine("  dotnet run --project Portal.Web -- copy-database --to-postgres \"Host=…;Database=…;Username=…\"");
        writer.WriteLine("  dotnet run --project Portal.Web -- seed-national [--rounds 1..30] [--province CODE] [--force]");
        writer.WriteLine("  dotnet run --project Portal.Web -- bench-dashboard [--year YEAR] [--province CODE] [--repeat N]");
        writer.WriteLine("  dotnet run -c Release --project Portal.Web -- bench [all | FIGURE…] [--repeat N] [--transitions N] [--out FILE]");
        writer.WriteLine("  dotnet run --project Portal.Web -- lineage CODE");
        return status;
    }

    /// <summary>
    /// The same configuration and database as the web app (appsettings, Portal__DataDir, …), with the developer tools
    /// for a developer verb.
    /// </summary>
    public static IServiceProvider Services(string[] args, bool devTools)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPortalDatabase(builder.Configuration);
        builder.Services.AddPortalWorkflows();
        if (devTools) builder.Services.AddPortalDevTools();
        return builder.Build().Services;
    }
}
