using Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Tests.Reliability;

/// <summary>
/// Issue 14 item 5: SIGTERM lets a running request finish and puts a running job back in its queue; the process exits
/// within the 30 s the host allows, and after the restart the job runs again and completes once.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ShutdownTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestFolder _data = new("shutdown");

    public Task InitializeAsync() => PortalTemplate.CopyDemoToAsync(_data);

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sigterm_finishes_the_running_request_requeues_the_running_job_and_exits_within_30_s()
    {
        var (jobLog, requestLog) = (_data.File("job.log"), _data.File("request.log"));
        TimeSpan stopped;
        await using (var portal = await PortalProcess.StartAsync(_data.Path, output))
        {
            (await portal.Http.GetAsync($"/test-hooks/job?file={Uri.EscapeDataString(jobLog)}")).EnsureSuccessStatusCode();
            await UntilAsync(() => Lines(jobLog).Contains("start"), "the job did not start");
            var request = portal.Http.GetStringAsync($"/test-hooks/slow?ms=5000&file={Uri.EscapeDataString(requestLog)}");
            await UntilAsync(() => Lines(requestLog).Contains("slow start"), "the request did not start");

            stopped = await portal.TerminateAsync();
            Assert.Equal("done", await request);
            Assert.Equal(0, portal.ExitCode);
        }
        output.WriteLine($"exited {stopped.TotalSeconds:0.0} s after SIGTERM");
        // The bound is the host's 30 s shutdown timeout; a little more for the runtime to exit on a loaded machine.
        Assert.True(stopped < TimeSpan.FromSeconds(35), $"the portal took {stopped.TotalSeconds:0.0} s to exit");
        Assert.Equal(["start"], Lines(jobLog));

        await File.WriteAllTextAsync(jobLog + ".release", "");
        await using (var restarted = await PortalProcess.StartAsync(_data.Path, output))
        {
            await UntilAsync(() => Lines(jobLog).Contains("done"), "the requeued job did not run after the restart");
            await restarted.TerminateAsync();
        }
        Assert.Equal(["start", "start", "done"], Lines(jobLog));
    }

    private static string[] Lines(string file) => File.Exists(file) ? File.ReadAllLines(file) : [];

    /// <summary>Waits for something the portal does in its own time (at most 2 minutes: a start on a busy machine).</summary>
    private static async Task UntilAsync(Func<bool> done, string failure)
    {
        for (var i = 0; i < 480 && !done(); i++) await Task.Delay(250);
        Assert.True(done(), failure);
    }
}
