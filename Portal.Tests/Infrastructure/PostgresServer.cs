using Npgsql;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of the tests that run on PostgreSQL (record 0019): the one named by PORTAL_TEST_POSTGRES
/// (.ci/run starts one and sets it), or else a private cluster this test run starts with .ci/pg-cluster from Debian's
/// binaries and stops when it exits, so `dotnet test` alone runs them. Without either the tests fail, saying what to
/// install: a PostgreSQL test never passes without PostgreSQL.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "PORTAL_TEST_POSTGRES";
    private static readonly Lazy<string> Server = new(Start);

    /// <summary>A new, empty database of its own on the test server: its connection string.</summary>
    /// <param name="server">Another server than the run's (a private cluster of a fault test, see <see cref="Cluster"/>).</param>
    public static async Task<string> CreateDatabaseAsync(string? server = null)
    {
        var name = "portal_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", server);
        return new NpgsqlConnectionStringBuilder(server ?? Server.Value) { Database = name }.ConnectionString;
    }

    /// <summary>
    /// A verb of .ci/pg-cluster (start, stop, pause, resume) on a private cluster in <paramref name="folder"/>: for a
    /// test that must stop its server without stopping everyone else's. Gives the script's last line (start: the connection).
    /// </summary>
    public static string Cluster(string verb, string folder)
    {
        var (code, output) = Run(Script, verb, folder);
        if (code != 0) throw new InvalidOperationException($".ci/pg-cluster {verb} failed: {output}");
        // The connection from the file the script writes: its output may end with a warning of PostgreSQL's (a working
        // folder the postgres account cannot enter, say).
        var connection = Path.Combine(folder, "connection");
        return verb == "start" ? File.ReadAllText(connection).Trim() : output;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still holds it.</summary>
    public static async Task DropDatabaseAsync(string connection)
    {
        await using (var open = new NpgsqlConnection(connection)) NpgsqlConnection.ClearPool(open);
        // On the server the database lives on (the run's, or a fault test's private cluster).
        var server = new NpgsqlConnectionStringBuilder(connection) { Database = "postgres" }.ConnectionString;
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connection).Database}\" WITH (FORCE)", server);
    }

    private static async Task ExecuteAsync(string sql, string? server = null)
    {
        // Unpooled: a fault test stops its server, and a pooled connection would outlive the stop, broken.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server ?? Server.Value) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return given;
        var folder = Path.Combine(Path.GetTempPath(), $"portal-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var connection = Cluster("start", folder);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(Script, "stop", folder);
            return connection;
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"The PostgreSQL tests need a server: set {Variable} to the connection string of a user "
                + $"who may create databases, or install Debian's PostgreSQL (apt-get install postgresql) for the tests to start their own. {e.Message}");
        }
    }

    private static string Script => Path.Combine(Repository.Root(), ".ci", "pg-cluster");

    private static (int Code, string Output) Run(string script, string verb, string folder)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", [script, verb, folder])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
