namespace Portal.Benchmarks.Circuits;

/// <summary>
/// Issue 12's memory per circuit: the managed heap (after full collections) before and after opening so many pages of
/// one kind, divided by their number. Kinds follow one another on the same server, each measured from the last.
/// One page of each kind is opened first and not counted: the process's first use of a page fills caches it keeps
/// whatever the number of circuits (compiled queries, resources, lookups), which would otherwise be charged to the
/// first kind's twenty circuits.
/// </summary>
public static class HeapFigures
{
    public sealed record Kind(string Name, ServerProcess Server, string Path, string? Session);

    public sealed record Figure(string Name, double MbPerCircuit, double ResidentMbPerCircuit, int Pages, string Load);

    public static async Task<List<Figure>> MeasureAsync(Chromium chromium, IReadOnlyList<Kind> kinds, int pages, TextWriter log)
    {
        var figures = new List<Figure>();
        foreach (var kind in kinds)
        {
            await chromium.OpenAsync(kind.Server.BaseUrl + kind.Path, kind.Session);
            var (heap, resident) = (await kind.Server.ManagedBytesAsync(), kind.Server.ResidentBytes());
            await Parallel.ForEachAsync(Enumerable.Range(0, pages), new ParallelOptions { MaxDegreeOfParallelism = 4 },
                async (_, _) => await chromium.OpenAsync(kind.Server.BaseUrl + kind.Path, kind.Session));
            var perPage = (await kind.Server.ManagedBytesAsync() - heap) / (double)pages / (1024 * 1024);
            var residentPerPage = (kind.Server.ResidentBytes() - resident) / (double)pages / (1024 * 1024);
            figures.Add(new Figure(kind.Name, perPage, residentPerPage, pages, Machine.LoadAverage()));
            log.WriteLine($"  {kind.Name}: {perPage:0.00} MB managed per circuit ({pages} pages), load {Machine.LoadAverage()}");
        }
        return figures;
    }
}
