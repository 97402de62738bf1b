using Microsoft.Data.Sqlite;

namespace Portal.Workflows.Backups;

/// <summary>
/// SQLite's online backup API: a consistent copy of a database that the portal keeps serving meanwhile (writers wait
/// only for the pages being copied), and the row counts a backup and a restore compare.
/// </summary>
public static class SqliteSnapshot
{
    public static void Copy(SqliteConnection source, string targetFile)
    {
        using var target = new SqliteConnection(Connection(targetFile));
        target.Open();
        source.BackupDatabase(target);
    }

    public static string Connection(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    public static (Dictionary<string, long> Tables, string? LastMigration) Describe(string file)
    {
        using var connection = new SqliteConnection(Connection(file));
        connection.Open();
        var tables = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            tables[name] = Scalar(connection, $"SELECT COUNT(*) FROM \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        var last = tables.ContainsKey("__EFMigrationsHistory")
            ? Query(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1").FirstOrDefault()
            : null;
        return (new Dictionary<string, long>(tables, StringComparer.Ordinal), last);
    }

    public static bool IntegrityOk(string file)
    {
        using var connection = new SqliteConnection(Connection(file));
        connection.Open();
        return Query(connection, "PRAGMA integrity_check").SequenceEqual(["ok"]);
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
