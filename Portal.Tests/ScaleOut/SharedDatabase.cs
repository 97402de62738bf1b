using Hangfire;
using Hangfire.Storage.SQLite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// The one place the several-instance tests choose the database their instances share, and the job storage their
/// Hangfire servers share. Today: the SQLite file of a copy of the demo (in WAL mode, as EF Core creates it, so several
/// connections of several hosts read while one writes) and a Hangfire SQLite file beside it. On PostgreSQL, this
/// class copies the demo into an empty database and gives the provider and connection string as settings, and a
/// Hangfire.PostgreSql storage on it; the tests themselves do not change.
/// </summary>
public static class SharedDatabase
{
    /// <summary>Fills <paramref name="folder"/> with the demo data; gives the settings every instance needs to reach it.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> PrepareAsync(TestFolder folder)
    {
        await PortalTemplate.CopyDemoToAsync(folder);
        // The database is the data folder's portal.db, which PortalFactory points each instance at.
        return new Dictionary<string, string?>();
    }

    /// <summary>One server's view of the shared job storage: each call is a storage of its own, as in another process.</summary>
    public static JobStorage JobStorage(TestFolder folder) =>
        new SQLiteStorage(folder.File("hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(200) });
}
