using Hangfire;
using Portal.Workflows.Schedule;

namespace Portal.Web.Schedule;

/// <summary>
/// What Hangfire calls: one method for every job of <see cref="PortalJobs"/>, by id, so the recurring jobs name a
/// stable method and the jobs stay plain classes that know nothing of Hangfire.
/// </summary>
public sealed class PortalJobRunner(IServiceProvider services, ILogger<PortalJobRunner> log)
{
    public const string RunAllId = "run-all";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(string jobId, CancellationToken ct)
    {
        IPortalJob job = jobId == RunAllId
            ? services.GetRequiredService<AllJobs>()
            : (IPortalJob)services.GetRequiredService(PortalJobs.All.Single(j => j.Id == jobId).JobType);
        var done = await job.RunAsync(ct);
        log.LogInformation("Scheduled job {Job}: {Done} done", jobId, done);
        return done;
    }
}
