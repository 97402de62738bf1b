using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Notifications;
using Portal.Workflows.Audit;
using Portal.Workflows.Texts;

using Portal.Workflows.Notifications;

namespace Portal.Workflows.Schedule;

/// <summary>
/// Verifies the audit every day (record 0016). The first break found is told to every administrator once (keyed by the
/// row where the chain breaks: the same break is not told again, a later one is); disagreements of the tables with the
/// audit go to the application log. Every run logs the chain's head, so a copy of the log elsewhere anchors it.
/// </summary>
public sealed class AuditChainJob(AuditVerifier verifier, IDbContextFactory<PortalDbContext> dbFactory, JobNotifier notifier,
    ILogger<AuditChainJob> logger) : IPortalJob
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var report = await verifier.VerifyAsync(ct);
        logger.LogInformation("Audit chain: {Rows} rows, head {HeadId} {HeadHash}", report.Chain.Rows, report.Chain.HeadId, report.Chain.HeadHash);
        foreach (var problem in report.Disagreements) logger.LogError("Audit disagreement: {Problem}", problem);
        if (report.Chain.Break is not { } broken) return 0;
        logger.LogError("Audit chain broken at row {Id}: {Problem}", broken.Id, broken.Problem);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var administrators = await (from u in db.Users
                                    join ur in db.UserRoles on u.Id equals ur.UserId
                                    join r in db.Roles on ur.RoleId equals r.Id
                                    where !u.IsDisabled && r.Name == PortalRoles.Administrator
                                    select u.Id).Distinct().ToListAsync(ct);
        return await notifier.SendAsync(administrators, NotificationKind.AuditBroken, null,
            "Notify.AuditBroken", [NotificationText.Plain(broken.Problem)], null, $"audit-break:{broken.Id}", ct);
    }
}
