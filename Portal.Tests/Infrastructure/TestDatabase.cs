using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Data;
using Portal.Data.Providers;
using Portal.Workflows;
using Portal.Workflows.Units;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A real SQLite database in memory, migrated like the portal's, with a few units of Phú Yên and Hà Nội.
/// Lives as long as its connection; each test gets its own, and a folder of its own for files (and the database file,
/// when on a file), deleted with it. Or the same on a PostgreSQL database of its own (<see cref="PostgresServer"/>),
/// dropped with it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string SampleCsv = """
        province_code,province_name,district_code,district_name,commune_code,commune_name,commune_type
        01,Thành phố Hà Nội,001,Quận Ba Đình,00001,Phường Phúc Xá,Phường
        54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22015,Phường 1,Phường
        54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22045,Xã Bình Kiến,Xã
        54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22051,Phường Xuân Phú,Phường
        54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22052,Xã Xuân Lâm,Xã
        """;

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly TestFolder _folder = new("db");
    /// <summary>Set for a database file: each context opens its own connection, as in the portal.</summary>
    private string? _file;
    public ServiceProvider Services { get; }

    /// <summary>The database file, for a test that opens it as another process would (null in memory).</summary>
    public string? FilePath => _file;

    /// <summary>How long a database file waits for another writer's lock (SQLite's busy timeout): short here, so a locked database fails fast.</summary>
    public const int BusyTimeoutSeconds = 5;

    private readonly Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] _interceptors;

    /// <summary>The PostgreSQL database's connection string (null on SQLite).</summary>
    public string? PostgresConnection { get; }

    private TestDatabase(Action<IServiceCollection>? configure, Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors, string? file,
        string? postgres = null)
    {
        (_interceptors, _file, PostgresConnection) = (interceptors, file is null ? null : Path.Combine(_folder.Path, file), postgres);
        _connection.Open();
        var services = new ServiceCollection();
        AddTo(services);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    /// <summary>Registers this database and the workflows over it in another container (a bUnit context, say).</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddDbContextFactory<PortalDbContext>(o =>
            (PostgresConnection is { } pg ? o.UsePortalPostgres(pg)
                : _file is null ? o.UseSqlite(_connection) : o.UseSqlite($"Data Source={_file};Pooling=False;Default Timeout={BusyTimeoutSeconds}"))
            .AddInterceptors(_interceptors));
        services.AddSingleton(new PortalDataPaths(_folder.File("files")));
        services.AddPortalWorkflows();
    }

    public static async Task<TestDatabase> CreateAsync(bool withSampleUnits = true, Action<IServiceCollection>? configure = null,
        params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        await CreateAsync(withSampleUnits, configure, file: null, interceptors);

    /// <summary>
    /// The same on a database file (for tests where two connections must race, as two servers would): in the
    /// database's own folder, or <paramref name="file"/>, which the caller then deletes.
    /// </summary>
    public static async Task<TestDatabase> CreateOnFileAsync(Action<IServiceCollection>? configure = null, string? file = null) =>
        await CreateAsync(true, configure, file ?? "portal.db", []);

    /// <summary>The same on a new PostgreSQL database, where concurrent operations use separate connections.</summary>
    public static async Task<TestDatabase> CreateOnPostgresAsync(Action<IServiceCollection>? configure = null, bool withSampleUnits = true,
        string? server = null) =>
        await CreateAsync(withSampleUnits, configure, null, [], await PostgresServer.CreateDatabaseAsync(server));

    private static async Task<TestDatabase> CreateAsync(bool withSampleUnits, Action<IServiceCollection>? configure, string? file,
        Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors, string? postgres = null)
    {
        var db = new TestDatabase(configure, interceptors, file, postgres);
        await PortalDatabase.MigrateAsync(db.Services);
        if (withSampleUnits)
        {
            var units = UnitFileParser.Parse(new StringReader(SampleCsv));
            await db.Services.GetRequiredService<UnitImporter>().ImportAsync(
                new Portal.Data.Units.AdminStructure { Code = "2024", Name = "2024", Levels = 3 }, units);
        }
        return db;
    }

    public PortalDbContext Context() => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    /// <summary>The unit with the code; of the 2024 structure when a 2025 unit kept the same code.</summary>
    public async Task<Portal.Data.Units.AdminUnit> UnitAsync(string code)
    {
        await using var db = Context();
        return await db.Units.AsNoTracking().Where(u => u.Code == code).OrderBy(u => u.StructureCode).FirstAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _connection.DisposeAsync();
        if (PostgresConnection is { } pg) await PostgresServer.DropDatabaseAsync(pg);
        _folder.Dispose();
    }
}
