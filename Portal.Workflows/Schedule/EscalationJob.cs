using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Notifications;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Notifications;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Schedule;

/// <summary>
/// When a dossier's current due date has passed, tells the officer of the supervising level (commune → district →
/// province) once: the message is keyed by dossier, stage and due date. A dossier returned for supplement is paused.
/// </summary>
public sealed class EscalationJob(IDbContextFactory<PortalDbContext> dbFactory, JobNotifier notifier, TimeProvider clock) : IPortalJob
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = PortalClock.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dossiers = await OpenDossiers.LoadAsync(db, ct);
        var recipients = await Recipients.LoadAsync(db, ct);
        var sent = 0;
        foreach (var d in dossiers)
        {
            if (d.Paused || d.Due is not { } due || d.Stage is not { } stage || due >= today) continue;
            var acting = d.Policy.ActingRoles(d.State, d.SignedOff);
            if (acting.Count == 0) continue;
            var supervisor = d.Policy.SupervisingRole(acting);
            sent += await notifier.SendAsync(recipients.For(d.UnitPath, [supervisor]), NotificationKind.Escalation, new(d.Id), "Notify.Escalation",
                [NotificationText.Plain(d.UnitName), NotificationText.Plain(d.RoundName), NotificationText.Text("Stage." + stage), NotificationText.Plain(PortalFormat.Date(due)), NotificationText.Plain(today.DayNumber - due.DayNumber)],
                d.Link, $"escalate:{d.Id}:{stage}:{due:yyyy-MM-dd}", ct);
        }
        return sent;
    }
}
