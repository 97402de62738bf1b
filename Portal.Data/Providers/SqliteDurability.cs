using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Data.Providers;

/// <summary>
/// SQLite in WAL mode commits without waiting for the disk: <c>synchronous = NORMAL</c> (record 0024). A commit is
/// written to the WAL at once and reaches the disk at the next checkpoint; a power cut or an OS crash before it loses
/// the last commits whole, a crash of the portal loses nothing, and neither can leave the database or the audit chain
/// inconsistent. A database not in WAL mode keeps SQLite's default (FULL), which is what NORMAL would not be safe without.
/// Set once per physical connection: the pool hands the same SQLite handle out again, and the setting stays with it.
/// </summary>
public sealed class SqliteDurability : DbConnectionInterceptor
{
    public static readonly SqliteDurability Instance = new();

    // The native connections already set; weak, so a connection the pool drops is forgotten with it.
    private static readonly ConditionalWeakTable<object, object> Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection); // SQLite's own calls are synchronous
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Done.TryGetValue(handle, out _)) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        // A database being created is not in WAL mode yet: asked again at the next open, until it is.
        if (command.ExecuteScalar() is not string mode || !mode.Equals("wal", StringComparison.OrdinalIgnoreCase)) return;
        command.CommandText = "PRAGMA synchronous = NORMAL";
        command.ExecuteNonQuery();
        Done.AddOrUpdate(handle, Instance);
    }
}
