using System.Collections.Concurrent;
using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Two Hangfire servers (two portal instances) on one job storage: an occurrence of a recurring job that both find due
/// is run once. The recurring job is written as due long ago, so both servers' schedulers find it at their first look,
/// at the same moment; only Hangfire's distributed lock on the recurring job keeps the second from enqueuing it too.
/// </summary>
public abstract class JobsOnceAcrossInstances : IAsyncLifetime
{
    protected TestFolder Folder { get; } = new("jobs-once");

    /// <summary>One server's view of the shared job storage: each call is a storage of its own, as in another process.</summary>
    protected abstract JobStorage NewStorage();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }

    private const string JobId = "scale-out-probe";
    private static readonly ConcurrentDictionary<string, int> Runs = new();

    /// <summary>The job: its only side effect is counted, under the test's own key.</summary>
    public sealed class ProbeJob
    {
        public void Run(string key) => Runs.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    [Fact]
    public async Task A_recurring_occurrence_due_on_two_servers_runs_once()
    {
        SilentHangfireLog.Use();
        var key = Guid.NewGuid().ToString("N");
        // Registered as if on 1 January 2020: its first occurrence (1 January, midnight, yearly) is long past.
        new RecurringJobManager(NewStorage(), JobFilterProviders.Providers, new DefaultTimeZoneResolver(),
                () => new DateTime(2019, 12, 31, 23, 0, 0, DateTimeKind.Utc))
            .AddOrUpdate(JobId, Job.FromExpression<ProbeJob>(j => j.Run(key)), "0 0 1 1 *", new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });

        var storages = new[] { NewStorage(), NewStorage() };
        var servers = storages.Select(Server).ToList();
        try
        {
            await WaitUntilAsync(() => Runs.GetValueOrDefault(key) >= 1 && NextExecution(storages[0]) > DateTime.UtcNow);
        }
        finally
        {
            // Stopping waits for each server's loops: a second enqueue, had a scheduler made one, is in the storage now.
            foreach (var server in servers) server.Dispose();
        }

        var stats = storages[0].GetMonitoringApi().GetStatistics();
        Assert.Equal(1, stats.Enqueued + stats.Scheduled + stats.Processing + stats.Succeeded + stats.Failed);
        Assert.Equal(1, Runs[key]);
    }

    private static BackgroundJobServer Server(JobStorage storage) => new(new BackgroundJobServerOptions
    {
        WorkerCount = 1,
        SchedulePollingInterval = TimeSpan.FromMilliseconds(500),
        // Its own activator: the process-wide one may be a disposed host's container.
        Activator = new JobActivator(),
    }, storage);

    private static DateTime? NextExecution(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs([JobId]).Single().NextExecution;
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        var giveUp = Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(giveUp.Elapsed < TimeSpan.FromSeconds(60), "the occurrence never ran");
            await Task.Delay(50);
        }
    }
}

[Trait("Category", "Integration")]
public sealed class JobsOnceAcrossInstancesTests : JobsOnceAcrossInstances
{
    protected override JobStorage NewStorage() => SharedDatabase.JobStorage(Folder);
}

/// <summary>The same on Hangfire.PostgreSql, in a database of its own.</summary>
[Trait("Category", "Integration")]
public sealed class JobsOnceAcrossInstancesOnPostgresTests : JobsOnceAcrossInstances
{
    private string _connection = "";

    public override async Task InitializeAsync() => _connection = await PostgresServer.CreateDatabaseAsync();

    protected override JobStorage NewStorage() => SharedDatabase.JobStorageOnPostgres(_connection);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(_connection);
    }
}
