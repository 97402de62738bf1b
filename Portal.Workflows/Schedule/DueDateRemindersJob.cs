using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Notifications;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Notifications;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Schedule;

/// <summary>
/// Reminds the users who act on a dossier N days before its current due date, for each N of the round's
/// <c>ReminderDays</c> ("7,2"). A reminder missed (the server was down that day) goes out at the next run before the
/// due date; each one is keyed by dossier, stage, due date and N, so it arrives once.
/// </summary>
public sealed class DueDateRemindersJob(IDbContextFactory<PortalDbContext> dbFactory, JobNotifier notifier, TimeProvider clock) : IPortalJob
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
            if (d.Paused || d.Due is not { } due || d.Stage is not { } stage) continue;
            var left = due.DayNumber - today.DayNumber;
            if (left < 0) continue;
            // The nearest reminder point not yet passed: on day 7 the "7" one, on days 2, 1 and 0 the "2" one.
            var points = OpenDossiers.ParseReminderDays(d.ReminderDays).Where(n => n >= left).ToList();
            if (points.Count == 0) continue;
            var point = points.Min();
            var users = recipients.For(d.UnitPath, d.Policy.ActingRoles(d.State, d.SignedOff));
            // {0} unit, {1} round, {2} stage, {3} due date, {4} days left (Notify.Reminder).
            sent += await notifier.SendAsync(users, NotificationKind.DueReminder, new(d.Id), "Notify.Reminder",
                [NotificationText.Plain(d.UnitName), NotificationText.Plain(d.RoundName), NotificationText.Text("Stage." + stage), NotificationText.Plain(PortalFormat.Date(due)), NotificationText.Plain(left)],
                d.Link, $"remind:{d.Id}:{stage}:{due:yyyy-MM-dd}:{point}", ct);
        }
        return sent;
    }
}
