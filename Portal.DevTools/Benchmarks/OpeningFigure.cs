using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.DevTools.National;
using Portal.Workflows.Access;
using Portal.Workflows.Rounds;
using Portal.Workflows.Rounds.Registering;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// Opening a year's rounds for every commune of the country, on a scratch copy of the database: each province's round
/// registers all its communes in bulk and opens (dossiers and summaries inserted set-based), timed from the first
/// registration to the last opening. The baseline is the way before issue 12: registering one commune at a time
/// through <see cref="RoundService.RegisterAsync"/>, timed over one province in a later year and extrapolated per commune.
/// </summary>
public static class OpeningFigure
{
    public const string Name = "opening";

    public static async Task<(BenchmarkFigure Figure, IReadOnlyList<int> RoundIds)> MeasureAsync(IServiceProvider scratch, CancellationToken ct = default)
    {
        var rounds = scratch.GetRequiredService<RoundService>();
        var bulk = scratch.GetRequiredService<BulkRegistration>();
        var (year, provinces, category) = await PlanAsync(scratch, ct);
        await CategoriseAsync(scratch, category, ct);
        var ids = new List<int>();
        foreach (var p in provinces) ids.Add(await CreateAsync(rounds, year, p, ct));
        var watch = Stopwatch.StartNew();
        var communes = 0;
        foreach (var id in ids)
        {
            communes += (await bulk.RegisterAllAsync(UserScope.System, id, ct)).Value;
            if (!(await rounds.OpenAsync(UserScope.System, id, ct)).Succeeded) throw new InvalidOperationException($"round {id} did not open");
        }
        var seconds = watch.Elapsed.TotalSeconds;

        // The baseline: one by one, over the smallest province, a year later.
        var sample = await CreateAsync(rounds, year + 1, provinces[^1], ct);
        await using var db = await scratch.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
        var path = provinces[^1].Path;
        var sampleIds = await db.Units.Where(UnitPaths.Within(path)).Where(u => u.Level == UnitLevel.Commune)
            .Select(u => new { u.Id, u.Path }).ToListAsync(ct);
        watch.Restart();
        foreach (var c in sampleIds)
        {
            // Each commune's own officer registers it, as on the round page.
            var officer = new UserScope("bench", "bench", new HashSet<string> { PortalRoles.CommuneOfficer }, c.Id, c.Path);
            var registered = await rounds.RegisterAsync(officer, sample, c.Id, ct);
            if (!registered.Succeeded) throw new InvalidOperationException(string.Join("; ", registered.Errors));
        }
        var perCommune = watch.Elapsed.TotalSeconds / Math.Max(1, sampleIds.Count);
        var figure = new BenchmarkFigure(Name, DevToolsText.Get("Bench.OpeningTitle", communes, ids.Count), seconds, "s",
            perCommune * communes, DevToolsText.Get("Bench.OpeningBaseline", sampleIds.Count), "≤ 5 s", seconds <= 5);
        return (figure, ids);
    }

    private sealed record Province(int Id, string Path);

    /// <summary>The year after the latest round, the current structure's provinces (largest first), a category of the set.</summary>
    private static async Task<(int Year, List<Province> Provinces, string Category)> PlanAsync(IServiceProvider scratch, CancellationToken ct)
    {
        await using var db = await scratch.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
        var year = await db.Rounds.MaxAsync(r => r.Year, ct) + 1;
        var structure = await db.Units.Where(u => u.Level == UnitLevel.Commune).GroupBy(u => u.StructureCode)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(ct);
        var provinces = await db.Units.Where(u => u.ParentId == null && u.StructureCode == structure)
            .OrderByDescending(u => db.Units.Count(c => c.Level == UnitLevel.Commune && c.Path.StartsWith(u.Path)))
            .Select(u => new Province(u.Id, u.Path)).ToListAsync(ct);
        var set = await scratch.GetRequiredService<Portal.Workflows.Dossiers.DossierScoring>().SetAsync(NationalSeed.StandardCode, ct);
        return (year, provinces, set.Categories[0].Code);
    }

    /// <summary>Untimed setup: the province's category (the set's first) for every commune that has none under the set.</summary>
    private static async Task CategoriseAsync(IServiceProvider scratch, string category, CancellationToken ct)
    {
        await using var db = await scratch.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
        var commune = (int)UnitLevel.Commune;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CommuneCategories" ("UnitId", "StandardCode", "Category", "SetBy", "SetAtUtc")
            SELECT u."Id", {NationalSeed.StandardCode}, {category}, 'bench', {DateTime.UtcNow} FROM "Units" u
            WHERE u."Level" = {commune} AND NOT EXISTS (SELECT 1 FROM "CommuneCategories" a
              WHERE a."UnitId" = u."Id" AND a."StandardCode" = {NationalSeed.StandardCode})
            """, ct);
    }

    private static async Task<int> CreateAsync(RoundService rounds, int year, Province province, CancellationToken ct)
    {
        var due = RoundRules.Order.Select((s, i) => (s, new DateOnly(year, 10, 25).AddDays(10 * i))).ToDictionary(x => x.s, x => x.Item2);
        var created = await rounds.CreateAsync(UserScope.System, new NewRound(year, $"Benchmark {year}", NationalSeed.StandardCode,
            province.Id, ApprovalChain.ThreeLevel, new(year - 1, 11, 1), new(year, 10, 31), new(year, 10, 30), 5, due, []), ct);
        return created.Succeeded ? created.Value : throw new InvalidOperationException(string.Join("; ", created.Errors));
    }
}
