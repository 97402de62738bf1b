using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Workflows.Audit;
using Portal.Workflows.Texts;

namespace Portal.Web.Cli;

/// <summary>
/// verify-audit [--anchor ID:HASH]: walks the audit chain and reports its first broken link, then every row of a table
/// that disagrees with the audit and every dossier whose state, decision and last history row disagree. Exit 0 when
/// all agree, 1 otherwise. --anchor checks that row ID still has the hash written down earlier (the daily job logs the
/// head): a chain rewritten whole from some row on is intact in itself but loses its anchor (record 0016).
/// </summary>
public static class VerifyAuditVerb
{
    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextWriter stdout, TextWriter stderr)
    {
        var anchor = Anchor(args);
        if (anchor is { Id: < 1 }) { stderr.WriteLine(WorkflowText.Get("Cli.VerifyAuditUsage")); return 2; }
        var provider = services();
        await PortalDatabase.MigrateAsync(provider);
        var report = await provider.GetRequiredService<AuditVerifier>().VerifyAsync();
        var ok = report.Intact;
        if (report.Chain.Break is { } broken) stdout.WriteLine(WorkflowText.Get("Audit.ChainBroken", broken.Id, broken.Problem));
        else stdout.WriteLine(WorkflowText.Get("Audit.ChainIntact", report.Chain.Rows, report.Chain.HeadId, report.Chain.HeadHash));
        if (anchor is { } a && !await AnchorHoldsAsync(provider, a.Id, a.Hash))
        {
            stdout.WriteLine(WorkflowText.Get("Audit.AnchorLost", a.Id, a.Hash));
            ok = false;
        }
        if (report.Disagreements.Count > 0) stdout.WriteLine(WorkflowText.Get("Audit.Disagreements", report.Disagreements.Count));
        foreach (var problem in report.Disagreements) stdout.WriteLine("  " + problem);
        return ok ? 0 : 1;
    }

    private static (long Id, string Hash)? Anchor(string[] args)
    {
        var i = Array.IndexOf(args, "--anchor");
        if (i < 0) return null;
        var parts = i + 1 < args.Length ? args[i + 1].Split(':') : [];
        return parts.Length == 2 && long.TryParse(parts[0], out var id) ? (id, parts[1].Trim().ToLowerInvariant()) : (0, "");
    }

    private static async Task<bool> AnchorHoldsAsync(IServiceProvider provider, long id, string hash)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AnyAsync(a => a.Id == id && a.Hash == hash);
    }
}
