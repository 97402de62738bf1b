using System.Collections.Concurrent;
namespace Portal.Benchmarks.Circuits;

/// <summary>One level of the load: so many circuits open, their click-to-update times over the window, and the server's memory.</summary>
public sealed record LevelFigure(string App, string Client, int Circuits, Percentiles Latency, int Failures, long ResidentBytes, long ManagedBytes,
    string Load, IReadOnlyDictionary<string, Percentiles> PerStep, (double Server, double Client, double Machine) Cores);

/// <summary>What the circuits of one server do and where to find them.</summary>
public sealed record Workload(string App, ServerProcess Server, string Path, string? Session, string[] Steps, int DossierId);

/// <summary>
/// Grows the number of circuits on one server level by level. Every page acts on its own rota with a think time
/// (0.5–1.5 × the given one) between steps; only the steps that start inside a level's window are counted.
/// </summary>
public sealed class LoadRun(ILoadClient client, Workload work, TimeSpan think, TimeSpan measured) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _actors = [];
    private ConcurrentBag<(string Step, double Ms)>? _window;
    private int _failures;

    public async Task<LevelFigure> GrowToAsync(int circuits, TextWriter log)
    {
        var url = work.Server.BaseUrl + work.Path;
        var opening = Enumerable.Range(_actors.Count, circuits - _actors.Count).ToList();
        // A few at a time: every page's start is a prerender and a circuit, and the machine has two cores.
        await Parallel.ForEachAsync(opening, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var circuit = await client.OpenAsync(url, work.Session);
            lock (_actors) _actors.Add(ActAsync(circuit, new Random(i)));
        });
        log.WriteLine($"  {work.App}: {circuits} circuits open, load {Machine.LoadAverage()}");
        await Task.Delay(TimeSpan.FromSeconds(5)); // the pages just opened settle first
        var window = _window = [];
        Interlocked.Exchange(ref _failures, 0);
        var cpu = CpuShare.Start(work.Server.ProcessId, client.OwnsProcess);
        await Task.Delay(measured);
        _window = null;
        var cores = cpu.Stop();
        var load = Machine.LoadAverage();
        var perStep = window.GroupBy(s => s.Step).ToDictionary(g => g.Key, g => Percentiles.Of(g.Select(s => s.Ms)));
        return new LevelFigure(work.App, client.Name, circuits, Percentiles.Of(window.Select(s => s.Ms)), _failures,
            work.Server.ResidentBytes(), await work.Server.ManagedBytesAsync(), load, perStep, cores);
    }

    private async Task ActAsync(ILoadCircuit circuit, Random random)
    {
        await Task.Yield();
        try
        {
            await Task.Delay(random.Next((int)think.TotalMilliseconds + 1), _stop.Token);
            for (var i = 0; !_stop.IsCancellationRequested; i++)
            {
                var step = work.Steps[i % work.Steps.Length];
                var counted = _window;
                var ms = await circuit.MeasureAsync(step, work.DossierId);
                if (ms < 0)
                {
                    // No result in time, or the page is not where the rota thinks: start the rota again from its page.
                    Interlocked.Increment(ref _failures);
                    await circuit.RestartAsync();
                    i = -1;
                }
                else counted?.Add((step, ms));
                await Task.Delay(think * (0.5 + random.NextDouble()), _stop.Token);
            }
        }
        catch (OperationCanceledException) { /* the run is over */ }
        catch (Exception e) when (LoadFailure.Is(e))
        {
            // The page closed under the step, or gave up on a busy server: this circuit stops acting, counted once.
            if (!_stop.IsCancellationRequested) Interlocked.Increment(ref _failures);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await client.CloseAllAsync();
        await Task.WhenAll(_actors);
        _stop.Dispose();
    }
}
