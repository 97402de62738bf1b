using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Data.Rounds;
using Portal.Tests.Schedule;
using Portal.Workflows.Schedule;

namespace Portal.Tests.Reliability;

/// <summary>
/// Issue 14 item 3: the daily jobs stopped between two of their side effects — at every save they make, one after the
/// other — and run again after the "restart" end exactly as one uninterrupted run: nothing twice, nothing lost.
/// </summary>
[Trait("Category", "Integration")]
public sealed class JobsUnderCrashTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task A_run_stopped_at_any_save_and_run_again_ends_like_one_clean_run()
    {
        var (clean, saves) = await RunAsync(crashAt: null);
        Assert.True(saves >= 2, $"the scenario makes {saves} saves; it needs side effects to stop between");
        Assert.Contains("×", clean); // the jobs did notify someone
        output.WriteLine($"{saves} saves in a clean run: {clean}");
        foreach (var crashAt in Enumerable.Range(1, Math.Min(saves, 10)))
        {
            var (recovered, _) = await RunAsync(crashAt);
            Assert.True(clean == recovered, $"stopped at save {crashAt}:\nclean     {clean}\nrecovered {recovered}");
        }
    }

    /// <summary>A bed with overdue self-assessments, the jobs run (stopped at save <paramref name="crashAt"/>, then run again).</summary>
    private static async Task<(string Snapshot, int Saves)> RunAsync(int? crashAt)
    {
        var stop = new StopAtSave();
        await using var s = await ScheduleTestBed.CreateAsync(null, null, stop);
        await s.SetDueAsync(RoundStage.SelfAssessment, s.Today.AddDays(-3));
        s.Bed.Clock.AdvanceDays(1);
        stop.Arm(crashAt);
        if (crashAt is null) await s.Job<AllJobs>().RunAsync();
        else
        {
            await Assert.ThrowsAsync<StopAtSave.Crash>(() => s.Job<AllJobs>().RunAsync());
            stop.Arm(null);
            await s.Job<AllJobs>().RunAsync(); // after the restart
        }
        return (await SnapshotAsync(s), stop.Count);
    }

    private static async Task<string> SnapshotAsync(ScheduleTestBed s)
    {
        await using var db = s.Bed.Db.Context();
        var notes = await db.Notifications.GroupBy(n => new { n.UserId, n.Kind }).Select(g => $"{g.Key.UserId}:{g.Key.Kind}×{g.Count()}").ToListAsync();
        return string.Join(" ", notes.Order()) + $" | proposals {await db.RewardProposals.CountAsync()}"
            + $" | rounds {string.Join(",", await db.Rounds.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync())}";
    }

    /// <summary>Counts the saves after it is armed and throws at the chosen one, before it reaches the database.</summary>
    private sealed class StopAtSave : SaveChangesInterceptor
    {
        public sealed class Crash() : Exception("stopped between two side effects");
        private int? _at;
        public int Count { get; private set; }

        public void Arm(int? at) => (_at, Count) = (at, 0);

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            Count++;
            if (Count == _at) throw new Crash();
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
