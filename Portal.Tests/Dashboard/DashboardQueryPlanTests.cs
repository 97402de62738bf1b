using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Dashboard;

namespace Portal.Tests.Dashboard;

/// <summary>
/// Every query the dashboard sends (national, province, district) is read back through SQLite's EXPLAIN QUERY PLAN:
/// the large tables are only ever searched through an index, never scanned, and no unit path is matched with LIKE.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DashboardQueryPlanTests : IAsyncLifetime
{
    private readonly QueryPlans _plans = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(true, s => s.AddSingleton<TimeProvider>(_clock), _plans.Log);
        await DashboardData.SeedAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_dashboard_query_searches_an_index()
    {
        var admin = new UserScope("admin", "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);
        var overview = _db.Services.GetRequiredService<DashboardOverview>();
        int?[] focuses = [null, (await _db.UnitAsync("54")).Id, (await _db.UnitAsync("555")).Id];
        _plans.Log.Commands.Clear();
        foreach (var unitId in focuses)
            Assert.True((await overview.LoadAsync(admin, new DashboardFilter(2026, unitId, null))).Succeeded);

        var (_, scans) = await _plans.ReadAsync(_db);
        Assert.True(scans.Count == 0, string.Join("\n\n", scans));
    }
}
