using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Data.Units;
using Portal.Workflows.Dashboard;
using Portal.Data;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// The dashboard's figures again, in plain SQL written by hand on the detail tables (dossiers, rounds, units, criteria),
/// independent of the summaries and the LINQ the dashboard uses: the benchmarks' baseline and the cross-check. Each
/// figure is one grouped query over an index range on the unit path, the fairest plain SQL can do without the summaries
/// (a LIKE per child unit, the old baseline, scanned once per child). Standard SQL only: SQLite and PostgreSQL alike.
/// </summary>
public sealed class DashboardSqlCounts(IDbContextFactory<PortalDbContext> dbFactory)
{
    private const string FromDossiers = """
        FROM "Dossiers" d JOIN "Rounds" r ON r."Id" = d."RoundId" JOIN "Units" u ON u."Id" = d."UnitId"
        WHERE u."Path" >= @low AND u."Path" < @high
        """;

    /// <summary>The year's dossiers below each child of the focus (children's paths all one length), per state.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<DossierState, int>>> StatesAsync(
        string focusPrefix, int childPathLength, int year, CancellationToken ct = default)
    {
        var rows = await QueryAsync($"""
            SELECT substr(u."Path", 1, @length), d."State", COUNT(*) {FromDossiers} AND r."Year" = @year
            GROUP BY substr(u."Path", 1, @length), d."State"
            """, Range(focusPrefix, ("@year", year), ("@length", childPathLength)), ct);
        return rows.GroupBy(r => (string)r[0]).ToDictionary(g => g.Key,
            g => (IReadOnlyDictionary<DossierState, int>)g.ToDictionary(r => Enum.Parse<DossierState>((string)r[1]), r => Int(r[2])));
    }

    /// <summary>Per year under a prefix: registrations, dossiers, dossiers with a verdict, recognised.</summary>
    public async Task<IReadOnlyList<YearRow>> YearsAsync(string prefix, CancellationToken ct = default)
    {
        var registered = (await QueryAsync("""
            SELECT r."Year", COUNT(*) FROM "Registrations" g JOIN "Rounds" r ON r."Id" = g."RoundId" JOIN "Units" u ON u."Id" = g."UnitId"
            WHERE u."Path" >= @low AND u."Path" < @high GROUP BY r."Year"
            """, Range(prefix), ct)).ToDictionary(r => Int(r[0]), r => Int(r[1]));
        var states = await QueryAsync($"""SELECT r."Year", d."State", COUNT(*) {FromDossiers} GROUP BY r."Year", d."State" """, Range(prefix), ct);
        return registered.Keys.Union(states.Select(s => Int(s[0]))).Order().Select(year =>
        {
            var of = states.Where(s => Int(s[0]) == year).Select(s => (State: (string)s[1], Count: Int(s[2]))).ToList();
            int Sum(params DossierState[] wanted) => of.Where(s => wanted.Select(w => w.ToString()).Contains(s.State)).Sum(s => s.Count);
            return new YearRow(year, registered.GetValueOrDefault(year), of.Sum(s => s.Count),
                Sum(DossierState.Recognized, DossierState.NotRecognized), Sum(DossierState.Recognized));
        }).ToList();
    }

    /// <summary>Count, average, lowest and highest total of the year's dossiers with a verdict: one aggregate query.</summary>
    public Task<List<object[]>> ScoresAsync(string prefix, int year, CancellationToken ct = default) => QueryAsync($"""
        SELECT COUNT(t), AVG(t), MIN(t), MAX(t) FROM (SELECT COALESCE(d."AppraisedTotal", d."SelfTotal") AS t {FromDossiers}
          AND r."Year" = @year AND d."State" IN ('{DossierState.Recognized}', '{DossierState.NotRecognized}')) x
        """, Range(prefix, ("@year", year)), ct);

    /// <summary>How many of the year's dossiers have each criterion at each number of points: one grouped query.</summary>
    public Task<List<object[]>> CriterionPointsAsync(string prefix, int year, CancellationToken ct = default) => QueryAsync($"""
        SELECT d."StandardCode", c."CriterionNo", COALESCE(c."AppraisedPoints", c."SelfPoints") AS p, COUNT(*)
        FROM "CriterionEntries" c JOIN "Dossiers" d ON d."Id" = c."DossierId" JOIN "Rounds" r ON r."Id" = d."RoundId"
        JOIN "Units" u ON u."Id" = d."UnitId"
        WHERE u."Path" >= @low AND u."Path" < @high AND r."Year" = @year AND COALESCE(c."AppraisedPoints", c."SelfPoints") IS NOT NULL
        GROUP BY d."StandardCode", c."CriterionNo", p
        """, Range(prefix, ("@year", year)), ct);

    private static (string, object)[] Range(string prefix, params (string, object)[] more) =>
        [("@low", UnitPaths.Low(prefix)), ("@high", UnitPaths.High(prefix)), .. more];

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
