using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Notifications;
using Portal.Data.Rounds;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Notifications;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Schedule;

/// <summary>
/// Reminds the officers of each reporting level of the round's chain (commune → district → province → ministry, or
/// commune → province → ministry; Article 6) before the report due dates of an open round, at the round's reminder
/// days; a missed day is caught up at the next run.
/// </summary>
public sealed class ReportDueRemindersJob(IDbContextFactory<PortalDbContext> dbFactory, JobNotifier notifier, TimeProvider clock) : IPortalJob
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = PortalClock.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.Status == RoundStatus.Open)
            .Select(r => new { r.Id, r.Name, r.ReminderDays, Round = r, ScopePath = r.ScopeUnit!.Path, Reports = r.ReportDeadlines.ToList(),
                Communes = db.Dossiers.Where(d => d.RoundId == r.Id).Select(d => d.Unit!.Path).ToList() })
            .ToListAsync(ct);
        var recipients = await Recipients.LoadAsync(db, ct);
        var sent = 0;
        foreach (var round in rounds)
            foreach (var report in round.Reports.Where(x => ApprovalPolicy.For(round.Round).ReportLevels.Contains(x.Level)))
            {
                var left = report.DueDate.DayNumber - today.DayNumber;
                var points = OpenDossiers.ParseReminderDays(round.ReminderDays).Where(n => n >= left).ToList();
                if (left < 0 || points.Count == 0) continue;
                var users = report.Level == ReportLevel.Commune
                    ? round.Communes.SelectMany(c => recipients.For(c, [PortalRoles.CommuneOfficer])).Distinct()
                    : recipients.Within(round.ScopePath, report.Level == ReportLevel.District ? PortalRoles.DistrictOfficer : PortalRoles.ProvinceOfficer);
                sent += await notifier.SendAsync(users, NotificationKind.ReportDue, null, "Notify.ReportDue",
                    [NotificationText.Plain(round.Name), NotificationText.Plain(PortalFormat.Date(report.DueDate)), NotificationText.Plain(left), NotificationText.Plain(ApprovalPolicy.For(round.Round).ReportLevelNameVi(report.Level, round.Round.MinistryName))],
                    $"/rounds/{round.Id}", $"report-due:{round.Id}:{report.Level}:{report.DueDate:yyyy-MM-dd}:{points.Min()}", ct);
            }
        return sent;
    }
}
