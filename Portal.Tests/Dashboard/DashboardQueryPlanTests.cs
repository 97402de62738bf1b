using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Dashboard;

namespace Portal.Tests.Dashboard;

/// <summary>
/// Every query the dashboard sends (national, province, district) is read back through SQLite's EXPLAIN QUERY PLAN:
/// the large tables are only ever searched through an index, never scanned, and no unit path is matched with LIKE.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DashboardQueryPlanTests : IAsyncLifetime
{
    private static readonly string[] LargeTables =
        ["Dossiers", "DossierSummaries", "CommuneSummaries", "CriterionEntries", "DossierEvents", "Registrations", "Units"];

    private readonly CommandLog _log = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(true, s => s.AddSingleton<TimeProvider>(_clock), _log);
        await DashboardData.SeedAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_dashboard_query_searches_an_index()
    {
        var admin = new UserScope("admin", "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);
        var overview = _db.Services.GetRequiredService<DashboardOverview>();
        int?[] focuses = [null, (await _db.UnitAsync("54")).Id, (await _db.UnitAsync("555")).Id];
        _log.Commands.Clear();
        foreach (var unitId in focuses)
            Assert.True((await overview.LoadAsync(admin, new DashboardFilter(2026, unitId, null))).Succeeded);

        var commands = _log.Commands.ToList();
        Assert.NotEmpty(commands);
        await using var ctx = _db.Context();
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
        Assert.True(scans.Count == 0, string.Join("\n\n", scans));
    }

    /// <summary>The table behind a name in a plan line: an alias EF gave it ("Dossiers" AS "d"), or the table itself.</summary>
    private static string TableOf(string sql, string name)
    {
        var aliases = System.Text.RegularExpressions.Regex.Matches(sql, "\"(\\w+)\" AS \"(\\w+)\"");
        return aliases.FirstOrDefault(m => m.Groups[2].Value == name)?.Groups[1].Value ?? name;
    }

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
    private sealed class CommandLog : DbCommandInterceptor
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Commands { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
                Commands.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
