using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;

namespace Portal.Tests.Dashboard;

/// <summary>A fresh database holding <see cref="DashboardData"/>, on a clock standing at 24/11/2026 in Vietnam.</summary>
public abstract class DashboardDataTest : IAsyncLifetime
{
    protected TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    protected TestDatabase Db { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(true, s => s.AddSingleton<TimeProvider>(Clock));
        await DashboardData.SeedAsync(Db);
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    /// <summary>Someone in <paramref name="role"/> bound to the unit with <paramref name="code"/>.</summary>
    protected async Task<UserScope> ScopeAsync(string role, string code)
    {
        var unit = await Db.UnitAsync(code);
        return new UserScope("id-" + code, code, new HashSet<string> { role }, unit.Id, unit.Path);
    }
}
