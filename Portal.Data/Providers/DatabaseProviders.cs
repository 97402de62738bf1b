using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.Data.Providers;

/// <summary>The databases the portal runs on (record 0019).</summary>
public enum DatabaseProvider { Sqlite, PostgreSQL }

/// <summary>
/// How a context is set up on each provider. Everything provider-specific lives here and in the PostgreSQL migration
/// set: each provider has its own migrations (SQLite's in this assembly, PostgreSQL's in Portal.Data.Postgres, loaded by
/// name so that this assembly does not depend on it), and PostgreSQL gets UTC times and the audit chain's lock.
/// </summary>
public static class DatabaseProviders
{
    public const string PostgresMigrationsAssembly = "Portal.Data.Postgres";

    public static DatabaseProvider Parse(string? name) => name switch
    {
        null or "" => DatabaseProvider.Sqlite,
        _ when name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        _ when name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || name.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
            => DatabaseProvider.PostgreSQL,
        _ => throw new InvalidOperationException($"Portal:Database:Provider = '{name}': use Sqlite or PostgreSQL."),
    };

    public static DbContextOptionsBuilder UsePortalProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connection) =>
        provider == DatabaseProvider.PostgreSQL ? options.UsePortalPostgres(connection) : options.UseSqlite(connection).AddInterceptors(SqliteDurability.Instance);

    /// <summary>
    /// PostgreSQL: its own migrations; every <see cref="DateTime"/> as a UTC <c>timestamp with time zone</c>
    /// (<see cref="PostgresModelCustomizer"/>); and the audit table locked before a save reads the chain's last row
    /// (<see cref="AuditChainLock"/>; SQLite's transactions begin IMMEDIATE, which serialises writers already).
    /// </summary>
    public static DbContextOptionsBuilder UsePortalPostgres(this DbContextOptionsBuilder options, string connection) =>
        options.UseNpgsql(connection, n => n.MigrationsAssembly(PostgresMigrationsAssembly))
            .ReplaceService<IModelCustomizer, PostgresModelCustomizer>()
            .AddInterceptors(AuditChainLock.Instance);
}
