using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Records the SELECTs a service sends (install <see cref="Log"/> as an interceptor) and reads each back through
/// SQLite's EXPLAIN QUERY PLAN: a large table must only ever be searched through an index, never scanned, and no unit
/// path matched with LIKE (issue 12, record 0015).
/// </summary>
public sealed partial class QueryPlans
{
    public static readonly string[] LargeTables =
        ["Dossiers", "DossierSummaries", "CommuneSummaries", "CriterionEntries", "DossierEvents", "Registrations", "Units"];

    public CommandLog Log { get; } = new();

    /// <summary>The commands recorded since the last call (at least one), each with its plan where it scans a large table.</summary>
    public async Task<(int Commands, IReadOnlyList<string> Scans)> ReadAsync(TestDatabase db)
    {
        var commands = new List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)>();
        while (Log.Commands.TryDequeue(out var c)) commands.Add(c);
        Assert.NotEmpty(commands);
        await using var ctx = db.Context();
        var connection = ctx.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var scans = new List<string>();
        foreach (var (sql, parameters) in commands)
        {
            Assert.DoesNotContain(" LIKE ", sql, StringComparison.OrdinalIgnoreCase);
            var plan = await PlanAsync(connection, sql, parameters);
            var scanned = plan.Where(line => line.StartsWith("SCAN ", StringComparison.Ordinal))
                .Select(line => TableOf(sql, line.Split(' ')[1])).Where(LargeTables.Contains).ToList();
            if (scanned.Count > 0) scans.Add($"{string.Join(", ", scanned)} scanned:\n{string.Join('\n', plan)}\n{sql}");
        }
        return (commands.Count, scans);
    }

    /// <summary>The table behind a name in a plan line: an alias EF gave it ("Dossiers" AS "d"), or the table itself.</summary>
    private static string TableOf(string sql, string name) =>
        Alias().Matches(sql).FirstOrDefault(m => m.Groups[2].Value == name)?.Groups[1].Value ?? name;

    [GeneratedRegex("\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex Alias();

    private static async Task<List<string>> PlanAsync(DbConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            (p.ParameterName, p.Value) = (name, value ?? DBNull.Value);
            command.Parameters.Add(p);
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return lines;
    }

    /// <summary>Records the SELECTs sent, with their parameters.</summary>
    public sealed class CommandLog : DbCommandInterceptor
    {
        public ConcurrentQueue<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Commands { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
                Commands.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
