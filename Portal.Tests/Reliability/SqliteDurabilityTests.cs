using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Providers;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Reliability;

/// <summary>
/// Record 0024: the portal's SQLite connections commit without waiting for the disk (synchronous = NORMAL) when the
/// database is in WAL mode, and keep SQLite's FULL otherwise.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SqliteDurabilityTests
{
    private static async Task<long> SynchronousAsync(string file)
    {
        // No pooling: each context opens a native connection of its own, as a new pooled one would be.
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UsePortalProvider(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        var options = builder.Options;
        await using var db = new PortalDbContext(options);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_wal_database_is_opened_with_synchronous_normal_and_any_other_keeps_full()
    {
        using var folder = new TestFolder("durability");
        var file = folder.File("portal.db");

        var beforeWal = await SynchronousAsync(file); // a new file is in rollback-journal mode
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL";
            await command.ExecuteScalarAsync();
        }

        Assert.Equal((2L, 1L), (beforeWal, await SynchronousAsync(file))); // FULL, then NORMAL
    }
}
