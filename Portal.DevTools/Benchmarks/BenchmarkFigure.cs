using System.Diagnostics;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// One figure of issue 12's table as measured, beside its baseline measured in the same run on the same data, and the
/// issue's target. <see cref="Unit"/> says what the numbers are ("ms p95", "MB", "/s", "s"); for a rate the ratio is
/// baseline over figure, so a ratio above 1 always means "slower than the baseline".
/// </summary>
public sealed record BenchmarkFigure(string Name, string Title, double Value, string Unit, double Baseline, string BaselineText,
    string Target, bool Met, string Note = "")
{
    public double Ratio => Value == 0 || Baseline == 0 ? 0 : Unit.StartsWith('/') ? Baseline / Value : Value / Baseline;
}

/// <summary>Timings of repeated runs: the 95th percentile and median, and the managed memory allocated per run.</summary>
public sealed record Timing(double P95Ms, double MedianMs, double P99Ms, double AllocatedMb, int Runs)
{
    /// <summary>One warm-up run (not counted), then <paramref name="repeat"/> measured runs, one after another.</summary>
    public static async Task<Timing> MeasureAsync(int repeat, Func<Task> run)
    {
        await run();
        var times = new List<double>(repeat);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < repeat; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)repeat / (1024 * 1024);
        return Of(times, allocated);
    }

    /// <summary>The timing of times already taken (in milliseconds).</summary>
    public static Timing Of(List<double> times, double allocatedMbPerRun)
    {
        times.Sort();
        double At(double q) => times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        return new Timing(At(0.95), At(0.5), At(0.99), allocatedMbPerRun, times.Count);
    }
}
