using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// Dossier steps through the service, one writer, on the scratch copy: <see cref="DossierSteps.FireAsync"/> starts the
/// self-assessment of freshly opened dossiers one after another (access check, workflow, history row, step handlers, one
/// transaction each). The baseline is the same change in plain ADO.NET on other dossiers of the same rounds: one
/// transaction with the state update and the history row, nothing else.
/// </summary>
public static class TransitionFigure
{
    public const string Name = "transitions";

    private sealed record Target(int Id, int Version, int UnitId, string Path);

    public static async Task<BenchmarkFigure> MeasureAsync(IServiceProvider scratch, IReadOnlyList<int> roundIds, int count, CancellationToken ct = default)
    {
        var factory = scratch.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        List<Target> targets;
        await using (var db = await factory.CreateDbContextAsync(ct))
            targets = await db.Dossiers.Where(d => roundIds.Contains(d.RoundId) && d.State == DossierState.Registered).OrderBy(d => d.Id)
                .Take(2 * count).Select(d => new Target(d.Id, d.Version, d.UnitId, d.Unit!.Path)).ToListAsync(ct);
        var steps = scratch.GetRequiredService<DossierSteps>();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        foreach (var t in targets.Take(count))
        {
            var officer = new UserScope("bench", "bench", new HashSet<string> { PortalRoles.CommuneOfficer }, t.UnitId, t.Path);
            var watch = Stopwatch.StartNew();
            var result = await steps.FireAsync(officer, t.Id, t.Version, DossierTrigger.StartSelfAssessment, null, ct: ct);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors));
        }
        var rate = times.Count / total.Elapsed.TotalSeconds;
        var p99 = Timing.Of(times, 0).P99Ms;
        var baseline = await PlainAsync(factory, targets.Skip(count).ToList(), ct);
        return new BenchmarkFigure(Name, DevToolsText.Get("Bench.TransitionsTitle", times.Count), rate, "/s", baseline,
            DevToolsText.Get("Bench.TransitionsBaseline"), "≥ 500 /s, p99 ≤ 50 ms", rate >= 500 && p99 <= 50,
            DevToolsText.Get("Bench.TransitionsNote", p99.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Steps per second of the bare change: state, version and a history row in one transaction each.</summary>
    private static async Task<double> PlainAsync(IDbContextFactory<PortalDbContext> factory, List<Target> targets, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        var watch = Stopwatch.StartNew();
        foreach (var t in targets)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            await using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = """
                UPDATE "Dossiers" SET "State" = 'SelfAssessing', "Version" = "Version" + 1 WHERE "Id" = $id AND "Version" = $v;
                INSERT INTO "DossierEvents" ("DossierId", "AtUtc", "UserName", "FromState", "ToState", "Trigger")
                VALUES ($id, $at, 'bench', 'Registered', 'SelfAssessing', 'StartSelfAssessment');
                """;
            foreach (var (name, value) in new (string, object)[] { ("$id", t.Id), ("$v", t.Version), ("$at", DateTime.UtcNow) })
            {
                var p = command.CreateParameter();
                (p.ParameterName, p.Value) = (name, value);
                command.Parameters.Add(p);
            }
            await command.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        return targets.Count / Math.Max(0.001, watch.Elapsed.TotalSeconds);
    }
}
