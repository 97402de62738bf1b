using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Workflows.Dashboard;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// bench-dashboard [--year YEAR] [--province CODE] [--repeat N]: times the national and one province's dashboard on the
/// database's data against a direct SQL count in the same run, prints the figures and ratios, and checks that the
/// dashboard's counts equal the SQL ones (exit 1 when they do not).
/// </summary>
public static class BenchDashboardVerb
{
    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextWriter stdout, TextWriter stderr)
    {
        if (!TryRead(args, out var year, out var province, out var repeat)) { stderr.WriteLine(DevToolsText.Get("Bench.Usage")); return 2; }
        var provider = services();
        await PortalDatabase.MigrateAsync(provider);
        await using var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var dossiers = await db.Dossiers.CountAsync();
        if (dossiers == 0) { stderr.WriteLine(DevToolsText.Get("Bench.NoData")); return 1; }
        year ??= await db.Dossiers.MaxAsync(d => d.Round!.Year);
        // The province with most dossiers that year, unless one is named.
        var provinceId = province is null
            ? await db.Rounds.Where(r => r.Year == year && r.ScopeUnit!.ParentId == null)
                .OrderByDescending(r => db.Dossiers.Count(d => d.RoundId == r.Id)).Select(r => (int?)r.ScopeUnitId).FirstOrDefaultAsync()
            : await db.Units.Where(u => u.Code == province && u.ParentId == null).OrderByDescending(u => u.StructureCode).Select(u => (int?)u.Id).FirstOrDefaultAsync();

        stdout.WriteLine(DevToolsText.Get("Bench.Header", year, repeat, dossiers.ToString("N0", CultureInfo.InvariantCulture)));
        var (lines, mismatches) = await provider.GetRequiredService<DashboardBenchmark>()
            .RunAsync(year.Value, provinceId is null ? [null] : [null, provinceId], repeat);
        stdout.WriteLine($"{"",-2}{"focus",-22}{"operation",-38}{"median ms",12}{"alloc MB",10}{"× baseline",12}");
        foreach (var l in lines)
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Cut(l.Focus, 20),-22}{Cut(l.Operation, 36),-38}{l.MedianMs,12:0.0}{l.AllocatedMb,10:0.0}{l.Ratio,12:0.00}"));
        if (mismatches.Count == 0) { stdout.WriteLine(DevToolsText.Get("Bench.Match")); return 0; }
        stderr.WriteLine(DevToolsText.Get("Bench.Mismatch"));
        foreach (var m in mismatches) stderr.WriteLine("  " + m);
        return 1;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static bool TryRead(string[] args, out int? year, out string? province, out int repeat)
    {
        (year, province, repeat) = (null, null, 5);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains('=')) continue; // a setting
            if (i + 1 >= args.Length) return false;
            switch (args[i])
            {
                case "--year" when int.TryParse(args[++i], CultureInfo.InvariantCulture, out var y): year = y; break;
                case "--province": province = args[++i]; break;
                case "--repeat" when int.TryParse(args[++i], CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 100: repeat = r; break;
                default: return false;
            }
        }
        return true;
    }
}
