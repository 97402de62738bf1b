using System.Diagnostics;
using Portal.Workflows.Access;
using Portal.Workflows.Dashboard;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Rewards;

namespace Portal.DevTools.Benchmarks;

/// <summary>One measured operation: median time and memory allocated per run, and its ratio to the baseline.</summary>
public sealed record BenchmarkLine(string Focus, string Operation, double MedianMs, double AllocatedMb, double Ratio);

/// <summary>
/// Times the dashboard's queries on whatever data the database holds (the national set of seed-national, typically)
/// against a baseline measured in the same run: the hand-written SQL count of <see cref="DashboardSqlCounts"/>. It also
/// checks that both give the same figures. Figures are printed, never asserted against a time.
/// </summary>
public sealed class DashboardBenchmark(DashboardStatistics statistics, DashboardSqlCounts sql, DossierFinder finder, RewardService rewards,
    DashboardOverview overview)
{
    public async Task<(IReadOnlyList<BenchmarkLine> Lines, IReadOnlyList<string> Mismatches)> RunAsync(
        int year, IReadOnlyList<int?> focusUnitIds, int repeat, CancellationToken ct = default)
    {
        var lines = new List<BenchmarkLine>();
        var mismatches = new List<string>();
        foreach (var unitId in focusUnitIds)
        {
            var focus = await statistics.FocusAsync(UserScope.System, unitId, ct);
            var name = focus.Name ?? DevToolsText.Get("Bench.Country");
            var prefixes = focus.Children.Select(c => c.Path).ToList();
            var baseline = await MeasureAsync(repeat, async () =>
            {
                await sql.StatesAsync(prefixes, year, ct);
                await sql.YearsAsync(focus.PathPrefix, ct);
            });
            lines.Add(new BenchmarkLine(name, DevToolsText.Get("Bench.Baseline"), baseline.Ms, baseline.Mb, 1));
            async Task Measure(string operation, Func<Task> run)
            {
                var m = await MeasureAsync(repeat, run);
                lines.Add(new BenchmarkLine(name, operation, m.Ms, m.Mb, baseline.Ms == 0 ? 0 : m.Ms / baseline.Ms));
            }
            await Measure(DevToolsText.Get("Bench.ByUnit"), () => statistics.StatesByUnitAsync(focus, year, ct));
            await Measure(DevToolsText.Get("Bench.Years"), () => statistics.YearsOverviewAsync(focus, ct));
            await Measure(DevToolsText.Get("Bench.Criteria"), () => statistics.FailedCriteriaAsync(focus, year, ct: ct));
            await Measure(DevToolsText.Get("Bench.Scores"), () => statistics.ScoresAsync(focus, year, ct));
            await Measure(DevToolsText.Get("Bench.Overdue"), () => finder.FindAsync(UserScope.System, new DossierQuery(year, unitId, Due: DueStatus.Overdue), ct));
            await Measure(DevToolsText.Get("Bench.Streaks"), async () => DashboardStatistics.Streaks(focus, await rewards.StreaksAsync(UserScope.System, 3, ct)));
            await Measure(DevToolsText.Get("Bench.WholePage"), () => overview.LoadAsync(UserScope.System, new DashboardFilter(year, unitId, null), ct));
            mismatches.AddRange(await CompareAsync(focus, name, year, ct));
        }
        return (lines, mismatches);
    }

    private async Task<IEnumerable<string>> CompareAsync(DashboardFocus focus, string name, int year, CancellationToken ct)
    {
        var found = new List<string>();
        var direct = await sql.StatesAsync(focus.Children.Select(c => c.Path), year, ct);
        foreach (var row in await statistics.StatesByUnitAsync(focus, year, ct))
        {
            var expected = direct[focus.Children.Single(c => c.Id == row.UnitId).Path];
            if (!expected.OrderBy(p => p.Key).SequenceEqual(row.Counts.OrderBy(p => p.Key)))
                found.Add($"{name} / {row.Name}: {Format(row.Counts)} ≠ SQL {Format(expected)}");
        }
        var years = await statistics.YearsOverviewAsync(focus, ct);
        var sqlYears = await sql.YearsAsync(focus.PathPrefix, ct);
        if (!years.SequenceEqual(sqlYears)) found.Add($"{name}: {string.Join("; ", years)} ≠ SQL {string.Join("; ", sqlYears)}");
        return found;
    }

    private static string Format<TKey>(IReadOnlyDictionary<TKey, int> counts) where TKey : notnull =>
        string.Join(", ", counts.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>One warm-up run, then <paramref name="repeat"/> measured runs: the median time, the mean allocation.</summary>
    private static async Task<(double Ms, double Mb)> MeasureAsync(int repeat, Func<Task> run)
    {
        await run();
        var times = new List<double>();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < repeat; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)repeat / (1024 * 1024);
        times.Sort();
        return (times[times.Count / 2], allocated);
    }
}
