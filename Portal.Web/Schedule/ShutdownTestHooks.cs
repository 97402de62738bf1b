using Hangfire;

namespace Portal.Web.Schedule;

/// <summary>
/// Hooks for the shutdown test (issue 14 item 5), mapped only when <c>Portal:TestHooks</c> is true, which nothing but
/// that test sets: a request that takes a while, and a job that runs until it is released, each writing to a file
/// the test names so it can see what started and what finished across a SIGTERM and a restart.
/// </summary>
public static class ShutdownTestHooks
{
    public static WebApplication UsePortalTestHooks(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Portal:TestHooks", false)) return app;
        app.MapGet("/test-hooks/slow", async (int ms, string file) =>
        {
            await File.AppendAllTextAsync(file, "slow start\n");
            // Deliberately not the request's token: a graceful stop lets a running request finish.
            await Task.Delay(ms);
            await File.AppendAllTextAsync(file, "slow done\n");
            return "done";
        }).AllowAnonymous();
        app.MapGet("/test-hooks/job", (string file, IBackgroundJobClient jobs) =>
            jobs.Enqueue<ShutdownProbeJob>(j => j.RunAsync(file, CancellationToken.None))).AllowAnonymous();
        return app;
    }
}

/// <summary>A job that runs until a file "&lt;file&gt;.release" exists, honouring Hangfire's token like every portal job.</summary>
public sealed class ShutdownProbeJob
{
    public async Task RunAsync(string file, CancellationToken ct)
    {
        await File.AppendAllTextAsync(file, "start\n", CancellationToken.None);
        while (!File.Exists(file + ".release")) await Task.Delay(100, ct);
        await File.AppendAllTextAsync(file, "done\n", CancellationToken.None);
    }
}
