using Portal.Benchmarks.Circuits;

namespace Portal.Benchmarks.All;

/// <summary>
/// <c>all</c> or figure names: issue 12's figures in one run, each beside its baseline. The data figures come from the
/// portal's <c>bench</c> verb on the national data set (seeded by <c>seed-national</c> the first time, reused after), the
/// browser figures from the circuits tool's heap and render phases (demo data, its own folder); one Markdown table is
/// printed at the end and written as CSV (benchmarks/latest.csv).
/// </summary>
public static class AllVerb
{
    public static async Task<int> RunAsync(AllOptions o, TextWriter stdout)
    {
        stdout.WriteLine($"Machine: {Machine.Describe()}");
        var rows = new List<CombinedRow>();
        if (o.Data.Any())
        {
            if (await NationalDataAsync(o.DataDir, stdout) is var seeded and not 0) return seeded;
            var benchCsv = Path.Combine(Path.GetTempPath(), $"portal-bench-{Guid.NewGuid():N}.csv");
            try
            {
                var exit = await PortalVerb.RunAsync(["bench", .. o.Data, "--repeat", $"{o.Repeat}", "--transitions", $"{o.Transitions}",
                    "--out", benchCsv, $"--Portal:DataDir={o.DataDir}"], stdout);
                if (exit != 0) { stdout.WriteLine($"bench stopped with exit code {exit}"); return exit; }
                rows.AddRange(CombinedTable.FromBenchCsv(await File.ReadAllTextAsync(benchCsv), Machine.LoadAverage()));
            }
            finally { File.Delete(benchCsv); }
        }
        if (o.Browser.Any())
        {
            var report = await CircuitsVerb.HeapAndRenderAsync(o.Browser, stdout);
            rows.AddRange(CombinedTable.FromHeap([.. report.Heap.Select(h => (h.Name, h.MbPerCircuit, h.Load))]));
            rows.AddRange(CombinedTable.FromRender([.. report.Render.Select(r => (r.Path, r.Time.P95, r.Load))]));
        }
        stdout.WriteLine();
        CombinedTable.PrintMarkdown(rows, stdout);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(o.Out))!);
        await File.WriteAllTextAsync(o.Out, CombinedTable.Csv(rows));
        stdout.WriteLine($"Written: {Path.GetFullPath(o.Out)}");
        return 0;
    }

    /// <summary>Seeds the national data set (10 rounds) into a folder without a database; a folder with one is reused.</summary>
    private static async Task<int> NationalDataAsync(string dataDir, TextWriter stdout)
    {
        if (File.Exists(Path.Combine(dataDir, "portal.db")))
        {
            stdout.WriteLine($"National data: reusing {dataDir}");
            return 0;
        }
        stdout.WriteLine($"National data: seeding {dataDir} (once; minutes to tens of minutes)");
        var exit = await PortalVerb.RunAsync(["seed-national", "--rounds", "10", $"--Portal:DataDir={dataDir}"], stdout);
        if (exit != 0) stdout.WriteLine($"seed-national stopped with exit code {exit}");
        return exit;
    }
}
