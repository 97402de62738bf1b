using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Notifications;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Notifications;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Schedule;

/// <summary>
/// A public posting ends by the calendar: from the day after its last day the dossier may be submitted (the
/// <c>PostingPeriodOver</c> guard reads the date). This job tells the commune so, once per posting.
/// </summary>
public sealed class PostingEndedJob(IDbContextFactory<PortalDbContext> dbFactory, JobNotifier notifier, TimeProvider clock) : IPortalJob
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = PortalClock.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dossiers = (await OpenDossiers.LoadAsync(db, ct))
            .Where(d => d.State == DossierState.Posted && d.PostingLastDay is { } last && last < today);
        var recipients = await Recipients.LoadAsync(db, ct);
        var sent = 0;
        foreach (var d in dossiers)
            sent += await notifier.SendAsync(recipients.For(d.UnitPath, [PortalRoles.CommuneOfficer, PortalRoles.CommuneLeader]),
                NotificationKind.PostingEnded, new(d.Id), "Notify.PostingEnded",
                [NotificationText.Plain(d.UnitName), NotificationText.Plain(PortalFormat.Date(d.PostingLastDay!.Value))],
                d.Link, $"posting-ended:{d.Id}:{d.PostingLastDay:yyyy-MM-dd}", ct);
        return sent;
    }
}
