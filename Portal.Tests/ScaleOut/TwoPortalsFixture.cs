using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Two portal instances over one database (<see cref="SharedDatabase"/>), as behind a load balancer: each with its own
/// services, signal and caches, started on the same clock. Nothing is shared between them but the database.
/// </summary>
public class TwoPortalsFixture : IAsyncLifetime
{
    private readonly TestFolder _folder = new("two-portals");
    private string? _postgres;

    /// <summary>Whether the instances share a PostgreSQL database (the demo copied into it) instead of a SQLite file.</summary>
    protected virtual bool OnPostgres => false;

    public TestClock Clock { get; } = new(TestClock.WebStart);
    public PortalFactory A { get; private set; } = null!;
    public PortalFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (var settings, _postgres) = await SharedDatabase.PrepareAsync(_folder, OnPostgres);
        A = Start(settings);
        B = Start(settings);
    }

    private PortalFactory Start(IReadOnlyDictionary<string, string?> settings)
    {
        var portal = new PortalFactory(_folder.Path, Clock, seedDemo: false, settings, AddServices);
        portal.StartServer();
        return portal;
    }

    /// <summary>Services both instances add to the portal's (none here).</summary>
    protected virtual void AddServices(IServiceCollection services) { }

    public static T Get<T>(PortalFactory portal) where T : notnull => portal.Services.GetRequiredService<T>();

    public static PortalDbContext Db(PortalFactory portal) => Get<IDbContextFactory<PortalDbContext>>(portal).CreateDbContext();

    /// <summary>The account as its pages would see it: its id (a made-up one when the demo has no such account), its one role and its unit.</summary>
    public async Task<UserScope> ScopeAsync(string userName, string role, string unitCode)
    {
        await using var db = Db(A);
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleOrDefaultAsync() ?? "test-" + userName;
        var unit = await db.Units.Where(u => u.StructureCode == "2024" && u.Code == unitCode).SingleAsync();
        return new UserScope(id, userName, new HashSet<string> { role }, unit.Id, unit.Path);
    }

    public Task<UserScope> DistrictOfficerAsync() => ScopeAsync("tuyhoa.canbo", PortalRoles.DistrictOfficer, "555");

    public async Task DisposeAsync()
    {
        var stopped = await Task.WhenAll(new[] { ("A", A), ("B", B) }.Where(p => p.Item2 is not null)
            .Select(p => p.Item2.StopWithinAsync($"TwoPortalsFixture: portal {p.Item1}")));
        if (!stopped.All(s => s)) return;
        _folder.Dispose();
        if (_postgres is not null) await PostgresServer.DropDatabaseAsync(_postgres);
    }
}

/// <summary>The same two instances on one PostgreSQL database.</summary>
public sealed class TwoPortalsOnPostgresFixture : TwoPortalsFixture
{
    protected override bool OnPostgres => true;
}
