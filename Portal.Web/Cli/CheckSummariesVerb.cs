using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Workflows.Summaries;

namespace Portal.Web.Cli;

/// <summary>
/// check-summaries: recomputes the dossier and commune summaries from the detail and prints every difference with the
/// stored rows (exit 1 if any, 0 when they agree). An operations tool: run it after a restore, an import or a fault.
/// </summary>
public static class CheckSummariesVerb
{
    public static async Task<int> RunAsync(Func<IServiceProvider> services, TextWriter stdout, TextWriter stderr)
    {
        var provider = services();
        await PortalDatabase.MigrateAsync(provider);
        var differences = await provider.GetRequiredService<SummaryCheck>().DifferencesAsync();
        if (differences.Count > 0)
        {
            stderr.WriteLine(SummaryText.Get("Check.Found", differences.Count));
            foreach (var line in differences) stderr.WriteLine("  " + line);
            return 1;
        }
        await using var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        stdout.WriteLine(SummaryText.Get("Check.Clean", await db.DossierSummaries.CountAsync(), await db.CommuneSummaries.CountAsync()));
        return 0;
    }
}
