using Hangfire;
using Hangfire.Storage.SQLite;

namespace Portal.Tests.Schedule;

/// <summary>
/// Hangfire.Storage.SQLite brings SQLitePCLRaw 3.x next to EF Core's 2.x (stack notes P7): keep its path covered —
/// a job enqueued in a SQLite file runs, in the same process as the EF tests.
/// </summary>
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
        var file = Path.Combine(Path.GetTempPath(), "portal-tests", $"hangfire-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var storage = new SQLiteStorage(file, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(200) });
        new BackgroundJobClient(storage).Enqueue<ProbeJob>(j => j.Run("xin chào"));
        using var server = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1 }, storage);
        Assert.Equal("xin chào", await Ran.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
