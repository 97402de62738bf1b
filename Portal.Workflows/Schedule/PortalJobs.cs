using Microsoft.Extensions.DependencyInjection;

namespace Portal.Workflows.Schedule;

/// <summary>One scheduled job: a stable id (the recurring job's name in Hangfire), its class, and its own schedule if not daily.</summary>
public sealed record PortalJobInfo(string Id, Type JobType, string? Cron = null);

/// <summary>
/// Every scheduled job, in the order a daily run takes them: open rounds first (their dossiers then get reminders),
/// posting ends, reminders, escalation, rounds past their grace period closed, then streaks. The one place the jobs are listed; the host schedules each.
/// </summary>
public static class PortalJobs
{
    public static readonly IReadOnlyList<PortalJobInfo> All =
    [
        new("open-due-rounds", typeof(OpenDueRoundsJob)),
        new("posting-ended", typeof(PostingEndedJob)),
        new("due-date-reminders", typeof(DueDateRemindersJob)),
        new("escalation", typeof(EscalationJob)),
        // Before the streaks: a round closed today breaks the streaks of the communes that did not finish.
        new("close-due-rounds", typeof(CloseDueRoundsJob)),
        new("recompute-streaks", typeof(RecomputeStreaksJob)),
        new("report-due-reminders", typeof(ReportDueRemindersJob)),
        new("verify-audit", typeof(AuditChainJob)),
        // Last: e-mails what the jobs above created (and anything a failed send left pending). Every five minutes too,
        // so that the e-mail of a step (written in the step's transaction) goes out soon after it.
        new("send-emails", typeof(Notifications.NotificationMailer), "*/5 * * * *"),
        // After the day's changes: a copy of the data folder (Portal:Backup:Keep = 0 turns it off).
        new("backup", typeof(Backups.BackupJob)),
    ];

    public static IServiceCollection AddPortalJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobNotifier>();
        foreach (var job in All) services.AddTransient(job.JobType);
        services.AddTransient<AllJobs>();
        return services;
    }
}

/// <summary>Runs every job in order (the "run all now" of the schedule page).</summary>
public sealed class AllJobs(IServiceProvider services) : IPortalJob
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var total = 0;
        foreach (var job in PortalJobs.All)
            total += await ((IPortalJob)services.GetRequiredService(job.JobType)).RunAsync(ct);
        return total;
    }
}
