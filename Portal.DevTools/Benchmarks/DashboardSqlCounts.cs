using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Workflows.Dashboard;
using Portal.Data;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// The dashboard's counts again, in plain SQL written by hand, independent of the LINQ that the dashboard uses: the
/// national benchmark and the tests compare the two. Standard SQL only (quoted names, LIKE, GROUP BY), so it runs on
/// SQLite and PostgreSQL alike. Not used by any page.
/// </summary>
public sealed class DashboardSqlCounts(IDbContextFactory<PortalDbContext> dbFactory)
{
    private const string FromDossiers = """
        FROM "Dossiers" d JOIN "Rounds" r ON r."Id" = d."RoundId" JOIN "Units" u ON u."Id" = d."UnitId"
        """;

    /// <summary>The dossiers of a year under each path prefix, per state.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<DossierState, int>>> StatesAsync(
        IEnumerable<string> prefixes, int year, CancellationToken ct = default)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<DossierState, int>>();
        foreach (var prefix in prefixes)
        {
            var rows = await QueryAsync($"""SELECT d."State", COUNT(*) {FromDossiers} WHERE r."Year" = @year AND u."Path" LIKE @prefix GROUP BY d."State" """,
                [("@year", year), ("@prefix", prefix + "%")], ct);
            result[prefix] = rows.ToDictionary(r => Enum.Parse<DossierState>((string)r[0]), r => Convert.ToInt32(r[1], CultureInfo.InvariantCulture));
        }
        return result;
    }

    /// <summary>Per year under a prefix: registrations, dossiers, dossiers with a verdict, recognised.</summary>
    public async Task<IReadOnlyList<YearRow>> YearsAsync(string prefix, CancellationToken ct = default)
    {
        var registered = (await QueryAsync("""
            SELECT r."Year", COUNT(*) FROM "Registrations" g JOIN "Rounds" r ON r."Id" = g."RoundId" JOIN "Units" u ON u."Id" = g."UnitId"
            WHERE u."Path" LIKE @prefix GROUP BY r."Year"
            """, [("@prefix", prefix + "%")], ct)).ToDictionary(r => Int(r[0]), r => Int(r[1]));
        var states = await QueryAsync($"""SELECT r."Year", d."State", COUNT(*) {FromDossiers} WHERE u."Path" LIKE @prefix GROUP BY r."Year", d."State" """,
            [("@prefix", prefix + "%")], ct);
        return registered.Keys.Union(states.Select(s => Int(s[0]))).Order().Select(year =>
        {
            var of = states.Where(s => Int(s[0]) == year).Select(s => (State: (string)s[1], Count: Int(s[2]))).ToList();
            int Sum(params DossierState[] wanted) => of.Where(s => wanted.Select(w => w.ToString()).Contains(s.State)).Sum(s => s.Count);
            return new YearRow(year, registered.GetValueOrDefault(year), of.Sum(s => s.Count),
                Sum(DossierState.Recognized, DossierState.NotRecognized), Sum(DossierState.Recognized));
        }).ToList();
    }

    private static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private async Task<List<object[]>> QueryAsync(string sql, (string Name, object Value)[] parameters, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            (p.ParameterName, p.Value) = (name, value);
            command.Parameters.Add(p);
        }
        var rows = new List<object[]>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }
}
