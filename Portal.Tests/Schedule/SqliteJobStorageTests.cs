using Hangfire;
using Hangfire.Storage.SQLite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Schedule;

/// <summary>
/// Hangfire.Storage.SQLite brings SQLitePCLRaw 3.x next to EF Core's 2.x (stack notes P7): keep its path covered —
/// a job enqueued in a SQLite file runs, in the same process as the EF tests.
/// </summary>
[Trait("Category", "Integration")]
public class SqliteJobStorageTests
{
    private static readonly TaskCompletionSource<string> Ran = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public sealed class ProbeJob
    {
        public void Run(string text) => Ran.TrySetResult(text);
    }

    [Fact]
    public async Task A_job_enqueued_in_SQLite_storage_runs()
    {
        // Hangfire logs through a global provider and activates jobs through a global activator, both of which a web host
        // of another test sets to its own services and then disposes: this test logs to nowhere and activates plainly.
        SilentHangfireLog.Use();
        using var folder = new TestFolder("hangfire");
        var storage = new SQLiteStorage(folder.File("hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(200) });
        new BackgroundJobClient(storage).Enqueue<ProbeJob>(j => j.Run("xin chào"));
        // Its own activator too: the global one may be a disposed host's container.
        using var server = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1, Activator = new JobActivator() }, storage);
        Assert.Equal("xin chào", await Ran.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
