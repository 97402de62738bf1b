using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// bench [all | FIGURE…] [--repeat N] [--transitions N] [--out FILE]: measures the figures of issue 12's table on the
/// database's data (the national set of seed-national), each beside its baseline taken in the same run, prints the
/// table and writes it as CSV (benchmarks/latest.csv). Opening and transitions write, so they run on a scratch copy of
/// the database, deleted afterwards. Figures are printed, never asserted: docs/performance.md keeps the latest table.
/// </summary>
public static class BenchVerb
{
    public static readonly string[] Figures =
        [DashboardFigures.Province, DashboardFigures.Country, RecognitionFigure.Name, OpeningFigure.Name, TransitionFigure.Name, LoginFigure.Name];

    private sealed record Options(HashSet<string> Wanted, int Repeat, int Transitions, string Out);

    /// <param name="args">The verb's arguments (which figures, how many repeats, where the table goes).</param>
    /// <param name="servicesFor">The portal's services with more settings (the scratch copy's data folder).</param>
    /// <param name="stdout">Where the table is written.</param>
    /// <param name="stderr">Where a wrong use or an empty database is said.</param>
    public static async Task<int> RunAsync(string[] args, Func<string[], IServiceProvider> servicesFor, TextWriter stdout, TextWriter stderr)
    {
        if (Read(args) is not { } options) { stderr.WriteLine(DevToolsText.Get("Bench.RunUsage", string.Join(", ", Figures))); return 2; }
        var provider = servicesFor([]);
        await PortalDatabase.MigrateAsync(provider);
        var factory = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        int dossiers;
        await using (var db = await factory.CreateDbContextAsync()) dossiers = await db.Dossiers.CountAsync();
        if (dossiers == 0) { stderr.WriteLine(DevToolsText.Get("Bench.NoData")); return 1; }
        var dataDir = provider.GetRequiredService<PortalDataPaths>().DataDir;
        stdout.WriteLine(BenchTable.Machine(dossiers, Path.Combine(dataDir, "portal.db")));

        var figures = new List<BenchmarkFigure>();
        figures.AddRange(await provider.GetRequiredService<DashboardFigures>().MeasureAsync(options.Wanted, options.Repeat));
        if (options.Wanted.Contains(RecognitionFigure.Name)) figures.AddRange(await provider.GetRequiredService<RecognitionFigure>().MeasureAsync(options.Repeat));
        if (options.Wanted.Contains(OpeningFigure.Name) || options.Wanted.Contains(TransitionFigure.Name))
            figures.AddRange(await OnScratchCopyAsync(factory, dataDir, servicesFor, options));
        if (options.Wanted.Contains(LoginFigure.Name)) figures.Add(LoginFigure.Measure(20));

        BenchTable.Print(figures, stdout);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
        await File.WriteAllTextAsync(options.Out, BenchTable.Csv(figures));
        stdout.WriteLine(DevToolsText.Get("Bench.Written", Path.GetFullPath(options.Out)));
        return 0;
    }

    private static async Task<List<BenchmarkFigure>> OnScratchCopyAsync(IDbContextFactory<PortalDbContext> factory, string dataDir,
        Func<string[], IServiceProvider> servicesFor, Options options)
    {
        await using (var db = await factory.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        var scratchDir = Path.Combine(Path.GetTempPath(), "portal-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratchDir);
        try
        {
            File.Copy(Path.Combine(dataDir, "portal.db"), Path.Combine(scratchDir, "portal.db"));
            var scratch = servicesFor(["--Portal:DataDir=" + scratchDir]);
            var figures = new List<BenchmarkFigure>();
            var (opening, roundIds) = await OpeningFigure.MeasureAsync(scratch);
            if (options.Wanted.Contains(OpeningFigure.Name)) figures.Add(opening);
            if (options.Wanted.Contains(TransitionFigure.Name)) figures.Add(await TransitionFigure.MeasureAsync(scratch, roundIds, options.Transitions));
            return figures;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratchDir, recursive: true);
        }
    }

    private static Options? Read(string[] args)
    {
        var options = new Options([], 20, 1000, Path.Combine("benchmarks", "latest.csv"));
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            int Number() => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 ? n : -1;
            switch (args[i])
            {
                case "all": options.Wanted.UnionWith(Figures); break;
                case var name when Figures.Contains(name): options.Wanted.Add(name); break;
                case "--repeat" when Number() > 0: options = options with { Repeat = Number() }; i++; break;
                case "--transitions" when Number() > 0: options = options with { Transitions = Number() }; i++; break;
                case "--out" when value is { Length: > 0 }: options = options with { Out = value }; i++; break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains('='): break;
                default: return null;
            }
        }
        if (options.Wanted.Count == 0) options.Wanted.UnionWith(Figures);
        return options;
    }
}
