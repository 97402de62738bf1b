using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.Data.Accounts;
using Portal.Data.Notifications;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Notifications;
using Xunit.Abstractions;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// A notification created on one instance reaches the open pages of another: instance B's signal (which its bells and
/// notification pages follow) is raised for the reader, and B counts the notification. The figures go to the output.
/// </summary>
public abstract class NotificationsAcrossInstances(TwoPortalsFixture portals, ITestOutputHelper output)
{
    private const int Notifications = 20;
    /// <summary>Generous: the watcher looks every second; this only stops a broken watcher from hanging the run.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_notification_created_on_A_raises_the_signal_on_B_and_B_counts_it()
    {
        var reader = await portals.ScopeAsync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        var onB = TwoPortalsFixture.Get<NotificationService>(portals.B);
        var before = await onB.UnreadCountAsync(reader);
        var raised = new ConcurrentQueue<(string User, long At)>();
        void Record(string user) => raised.Enqueue((user, Stopwatch.GetTimestamp()));
        TwoPortalsFixture.Get<NotificationSignal>(portals.B).Changed += Record;
        var latencies = new List<TimeSpan>();
        try
        {
            for (var i = 0; i < Notifications; i++)
            {
                // At a random moment of the watcher's second, not always just after its look: the figures then show the spread.
                await Task.Delay(Random.Shared.Next(1000));
                raised.Clear();
                var created = Stopwatch.GetTimestamp();
                Assert.True(await TwoPortalsFixture.Get<NotificationService>(portals.A).CreateAsync(Draft(reader.UserId, i)));
                var seen = await WaitForAsync(() => raised.FirstOrDefault(r => r.User == reader.UserId) is { At: > 0 } r ? r.At : null);
                latencies.Add(Stopwatch.GetElapsedTime(created, seen));
            }
        }
        finally
        {
            TwoPortalsFixture.Get<NotificationSignal>(portals.B).Changed -= Record;
        }

        Assert.Equal(before + Notifications, await onB.UnreadCountAsync(reader));
        var sorted = latencies.Order().ToList();
        output.WriteLine($"A→B notification latency over {Notifications}: p50 {sorted[Notifications / 2].TotalMilliseconds:0} ms, " +
            $"max {sorted[^1].TotalMilliseconds:0} ms, min {sorted[0].TotalMilliseconds:0} ms");
    }

    /// <summary>A due reminder for <paramref name="user"/>, unique by its key.</summary>
    internal static NotificationDraft Draft(string user, int i) => new(user, NotificationKind.DueReminder, null, "Notify.Reminder",
        [NotificationText.Plain("Phường 1"), NotificationText.Plain("Đợt 2026"), NotificationText.Text("Stage.Submission"), NotificationText.Plain("20/11/2026"), NotificationText.Plain(7)],
        null, $"scale-out-test:{Guid.NewGuid():N}:{i}");

    private static async Task<long> WaitForAsync(Func<long?> seen)
    {
        var giveUp = Stopwatch.StartNew();
        for (var at = seen(); ; at = seen())
        {
            if (at is { } when) return when;
            Assert.True(giveUp.Elapsed < GiveUpAfter, "instance B was never told");
            await Task.Delay(10);
        }
    }
}

[Trait("Category", "Integration")]
[Collection(WebCollection.Name)]
public sealed class NotificationsAcrossInstancesTests(TwoPortalsFixture portals, ITestOutputHelper output)
    : NotificationsAcrossInstances(portals, output), IClassFixture<TwoPortalsFixture>;

[Trait("Category", "Integration")]
[Collection(WebCollection.Name)]
public sealed class NotificationsAcrossInstancesOnPostgresTests(TwoPortalsOnPostgresFixture portals, ITestOutputHelper output)
    : NotificationsAcrossInstances(portals, output), IClassFixture<TwoPortalsOnPostgresFixture>;
