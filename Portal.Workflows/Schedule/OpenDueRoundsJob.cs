using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Notifications;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rounds;
using Portal.Workflows.Notifications;

namespace Portal.Workflows.Schedule;

/// <summary>
/// Opens every round whose opening date has come (as the system actor), then tells each commune's officers that
/// their dossier is open. Opening is idempotent and each message is keyed by round, so reruns change nothing.
/// </summary>
public sealed class OpenDueRoundsJob(IDbContextFactory<PortalDbContext> dbFactory, RoundService rounds, JobNotifier notifier, TimeProvider clock) : IPortalJob
{
    /// <summary>Rounds opened within this many days are still announced (a run missed while the server was down).</summary>
    public const int AnnounceWindowDays = 7;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = PortalClock.Today(clock);
        List<int> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            due = await db.Rounds.Where(r => r.Status == RoundStatus.Registration && r.OpensOn <= today).Select(r => r.Id).ToListAsync(ct);
        var done = 0;
        foreach (var id in due)
            if ((await rounds.OpenAsync(UserScope.System, id, ct)).Succeeded) done++;
        return done + await AnnounceAsync(today, ct);
    }

    private async Task<int> AnnounceAsync(DateOnly today, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var since = today.AddDays(-AnnounceWindowDays);
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.Round!.Status == RoundStatus.Open && d.Round.OpensOn <= today && d.Round.OpensOn >= since)
            .Select(d => new { d.Id, d.RoundId, Round = d.Round!.Name, Unit = d.Unit!.Name, d.Unit.Path }).ToListAsync(ct);
        var recipients = await Recipients.LoadAsync(db, ct);
        var sent = 0;
        foreach (var d in dossiers)
            sent += await notifier.SendAsync(recipients.For(d.Path, [PortalRoles.CommuneOfficer, PortalRoles.CommuneLeader]),
                NotificationKind.RoundOpened, new(d.Id), "Notify.RoundOpened", [NotificationText.Plain(d.Round), NotificationText.Plain(d.Unit)],
                $"/dossiers/{d.Id}", $"round-opened:{d.RoundId}:{d.Id}", ct);
        return sent;
    }
}
