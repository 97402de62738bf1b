using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Data;
using Portal.Data.Providers;
using Portal.Workflows.Audit;
using Portal.Workflows.Texts;

namespace Portal.Web.Cli;

/// <summary>
/// copy-database --to-postgres CONNECTION: moves a province's data from the configured database (its SQLite file) into an
/// empty PostgreSQL database (<see cref="PostgresCopy"/>), prints each table's row counts, then verifies the audit there.
/// Exit 0 when every count matches and the audit verifies, 1 when the target is not empty or anything disagrees, 2 for usage.
/// </summary>
public static class CopyDatabaseVerb
{
    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextWriter stdout, TextWriter stderr)
    {
        var i = Array.IndexOf(args, "--to-postgres");
        if (i < 0 || i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            stderr.WriteLine(WorkflowText.Get("Cli.CopyDatabaseUsage"));
            return 2;
        }
        var target = args[i + 1];
        var provider = services();
        await PortalDatabase.MigrateAsync(provider);
        var source = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var watch = Stopwatch.StartNew();
        IReadOnlyList<TableCount> counts;
        try
        {
            counts = await PostgresCopy.CopyAsync(source.CreateDbContext, target);
        }
        catch (PostgresCopy.TargetNotEmptyException e)
        {
            stderr.WriteLine(WorkflowText.Get("Copy.Refused", e.Message));
            return 1;
        }
        foreach (var c in counts) stdout.WriteLine(WorkflowText.Get("Copy.Table", c.Table, c.Source, c.Target));
        stdout.WriteLine(WorkflowText.Get("Copy.Done", counts.Count, counts.Sum(c => c.Target), watch.Elapsed.TotalSeconds));

        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalPostgres(target);
        var report = await new AuditVerifier(new PooledDbContextFactory<PortalDbContext>(options.Options)).VerifyAsync();
        if (report.Intact)
        {
            stdout.WriteLine(WorkflowText.Get("Copy.AuditIntact", report.Chain.Rows));
            return 0;
        }
        stdout.WriteLine(WorkflowText.Get("Copy.AuditBroken", report.Chain.Break?.Problem ?? string.Join("; ", report.Disagreements.Take(5))));
        return 1;
    }
}
