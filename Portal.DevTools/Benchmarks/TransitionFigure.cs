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

    // Steps taken before the timing starts, on both sides: the first ones compile EF's query and update pipelines and
    // the JIT's first code, which a portal that has been running for a minute has long done. The service side warms on
    // while the runtime still recompiles its hot methods optimised (tiered compilation): after 50 steps it was still
    // compiling about 3,000 methods over the next 750, which made 40 % of the processor time of 1,000 timed steps.
    private const int Warmup = 50;
    private const int WarmupBlock = 100;
    // A block of steps in which the runtime compiles fewer methods than this is warm.
    private const int QuietMethods = 10;
    private const int MaxWarmup = 3000;

    public static async Task<BenchmarkFigure> MeasureAsync(IServiceProvider scratch, IReadOnlyList<int> roundIds, int count, CancellationToken ct = default)
    {
        var factory = scratch.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        List<Target> targets;
        await using (var db = await factory.CreateDbContextAsync(ct))
            targets = await db.Dossiers.Where(d => roundIds.Contains(d.RoundId) && d.State == DossierState.Registered).OrderBy(d => d.Id)
                .Take(MaxWarmup + count + Warmup + count).Select(d => new Target(d.Id, d.Version, d.UnitId, d.Unit!.Path)).ToListAsync(ct);
        var steps = scratch.GetRequiredService<DossierSteps>();
        var (forService, forBaseline) = (targets.Take(MaxWarmup + count).ToList(), targets.Skip(MaxWarmup + count).ToList());
        var service = await Run.TimeAsync(forService, count, untilQuiet: true, async t =>
        {
            var officer = new UserScope("bench", "bench", new HashSet<string> { PortalRoles.CommuneOfficer }, t.UnitId, t.Path);
            var result = await steps.FireAsync(officer, t.Id, t.Version, DossierTrigger.StartSelfAssessment, null, ct: ct);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors));
        });
        var baseline = await PlainAsync(factory, forBaseline, ct);
        return new BenchmarkFigure(Name, DevToolsText.Get("Bench.TransitionsTitle", service.Steps), service.Rate, "/s", baseline.Rate,
            DevToolsText.Get("Bench.TransitionsBaseline"), "≥ 500 /s, p99 ≤ 50 ms", service.Rate >= 500 && service.P99 <= 50,
            DevToolsText.Get("Bench.TransitionsNote", Ms(service.P99), Ms(baseline.P99), Ms(service.CpuMs), Ms(baseline.CpuMs), BenchTable.LoadAverage(),
                service.Warmed, baseline.Warmed));
    }

    private static string Ms(double ms) => ms.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Steps per second, p99, and the processor time of the process per step: on a shared machine the wall-clock figures
    /// say how much of a core the run got as much as how fast a step is; the processor time is the cost of a step.
    /// </summary>
    private sealed record Run(int Steps, double Rate, double P99, double CpuMs, int Warmed)
    {
        /// <summary>
        /// Warms up on the first items (<see cref="Warmup"/>; <paramref name="untilQuiet"/>: on, a block at a time, until a
        /// block makes the runtime compile fewer than <see cref="QuietMethods"/> methods), then times the next
        /// <paramref name="count"/> (fewer when the items run out).
        /// </summary>
        public static async Task<Run> TimeAsync<T>(IReadOnlyList<T> items, int count, bool untilQuiet, Func<T, Task> step)
        {
            var next = 0;
            while (next < Math.Min(Warmup, items.Count)) await step(items[next++]);
            while (untilQuiet && next + WarmupBlock + count <= items.Count)
            {
                var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
                for (var end = next + WarmupBlock; next < end;) await step(items[next++]);
                if (System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < QuietMethods) break;
            }
            var warmed = next;
            var times = new List<double>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var total = Stopwatch.StartNew();
            foreach (var item in items.Skip(warmed).Take(count))
            {
                var one = Stopwatch.StartNew();
                await step(item);
                times.Add(one.Elapsed.TotalMilliseconds);
            }
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var n = Math.Max(1, times.Count);
            return new Run(times.Count, times.Count / Math.Max(0.001, total.Elapsed.TotalSeconds), Timing.Of(times, 0).P99Ms, used / n, warmed);
        }
    }

    /// <summary>The bare change: state, version and a history row in one transaction each.</summary>
    private static async Task<Run> PlainAsync(IDbContextFactory<PortalDbContext> factory, List<Target> targets, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Opened through EF, so the connection is set up as the portal's are (SQLite's durability, record 0024).
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        return await Run.TimeAsync(targets, targets.Count - Warmup, untilQuiet: false, async t =>
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
        });
    }
}
