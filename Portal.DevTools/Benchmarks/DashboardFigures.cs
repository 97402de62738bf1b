using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Workflows.Access;
using Portal.Workflows.Dashboard;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// The dashboard of one province (the one with most dossiers in the latest year) and of the country: everything the
/// page reads (<see cref="DashboardOverview"/>, its panels side by side), against the hand-written grouped SQL of
/// <see cref="DashboardSqlCounts"/> for the same figures on the detail tables, run one after another.
/// </summary>
public sealed class DashboardFigures(DashboardOverview overview, DashboardStatistics statistics, DashboardSqlCounts sql,
    IDbContextFactory<PortalDbContext> dbFactory)
{
    public const string Province = "dashboard-province";
    public const string Country = "dashboard-country";

    public async Task<IReadOnlyList<BenchmarkFigure>> MeasureAsync(IReadOnlySet<string> wanted, int repeat, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var year = await db.Rounds.Where(r => db.Dossiers.Any(d => d.RoundId == r.Id)).MaxAsync(r => r.Year, ct);
        var provinceId = await db.Rounds.Where(r => r.Year == year && r.ScopeUnit!.ParentId == null)
            .OrderByDescending(r => db.Dossiers.Count(d => d.RoundId == r.Id)).Select(r => r.ScopeUnitId).FirstAsync(ct);
        var figures = new List<BenchmarkFigure>();
        if (wanted.Contains(Province)) figures.Add(await MeasureAsync(Province, provinceId, year, 100, repeat, ct));
        if (wanted.Contains(Country)) figures.Add(await MeasureAsync(Country, null, year, 300, repeat, ct));
        return figures;
    }

    private async Task<BenchmarkFigure> MeasureAsync(string name, int? unitId, int year, double targetMs, int repeat, CancellationToken ct)
    {
        var focus = await statistics.FocusAsync(UserScope.System, unitId, ct);
        var page = await Timing.MeasureAsync(repeat, () => overview.LoadAsync(UserScope.System, new DashboardFilter(year, unitId, null), ct));
        var baseline = await Timing.MeasureAsync(repeat, async () =>
        {
            await sql.StatesAsync(focus.PathPrefix, DashboardBenchmark.ChildLength(focus), year, ct);
            await sql.YearsAsync(focus.PathPrefix, ct);
            await sql.ScoresAsync(focus.PathPrefix, year, ct);
            await sql.CriterionPointsAsync(focus.PathPrefix, year, ct);
        });
        return new BenchmarkFigure(name, DevToolsText.Get("Bench.DashboardTitle", focus.Name ?? DevToolsText.Get("Bench.Country"), year),
            page.P95Ms, "ms p95", baseline.P95Ms, DevToolsText.Get("Bench.DashboardBaseline"), $"≤ {targetMs} ms", page.P95Ms <= targetMs,
            DevToolsText.Get("Bench.DashboardNote", page.AllocatedMb.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
