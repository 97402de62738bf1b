using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// The one place the several-instance tests choose the database their instances share, and the job storage their
/// Hangfire servers share: the SQLite file of a copy of the demo (in WAL mode, as EF Core creates it, so several
/// connections of several hosts read while one writes) with a Hangfire SQLite file beside it; or the same demo copied
/// by copy-database into an empty PostgreSQL database, with Hangfire.PostgreSql on it. The tests do not change.
/// </summary>
public static class SharedDatabase
{
    /// <summary>
    /// Fills <paramref name="folder"/> with the demo data (and, on PostgreSQL, copies it into a new database); gives the
    /// settings every instance needs to reach it and the PostgreSQL connection (null on SQLite) to drop afterwards.
    /// </summary>
    public static async Task<(IReadOnlyDictionary<string, string?> Settings, string? Postgres)> PrepareAsync(TestFolder folder, bool onPostgres)
    {
        await PortalTemplate.CopyDemoToAsync(folder);
        // On SQLite the database is the data folder's portal.db, which PortalFactory points each instance at.
        if (!onPostgres) return (new Dictionary<string, string?>(), null);
        var connection = await PostgresServer.CreateDatabaseAsync();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var status = await PortalCli.TryRunAsync(["copy-database", "--to-postgres", connection, $"--Portal:DataDir={folder.Path}"], stdout, stderr);
        Assert.True(status == 0, $"copy-database failed: {stdout}{stderr}");
        return (new Dictionary<string, string?> { ["Portal:Database:Provider"] = "PostgreSQL", ["ConnectionStrings:Portal"] = connection }, connection);
    }

    /// <summary>One server's view of the shared SQLite job storage: each call is a storage of its own, as in another process.</summary>
    public static JobStorage JobStorage(TestFolder folder) =>
        new SQLiteStorage(folder.File("hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(200) });

    /// <summary>The same on PostgreSQL, with the portal's own storage options.</summary>
    public static JobStorage JobStorageOnPostgres(string connection) =>
        new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, Options), Options);

    private static readonly PostgreSqlStorageOptions Options =
        new() { SchemaName = "hangfire", QueuePollInterval = TimeSpan.FromMilliseconds(200), PrepareSchemaIfNecessary = true };
}
