using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Summaries;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// What a recognition adds to its step: the step's event handlers (the commune's reward proposals, its dossier and
/// streak summaries, its notifications) for the latest recognised dossier of the commune with most recognised years,
/// the dossier set to recognised in the unit of work and never saved. The baseline is what a recognition did before
/// issue 12: every recognised commune's streaks in the country, read and computed inside the request.
/// </summary>
public sealed class RecognitionFigure(IServiceProvider services, IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring)
{
    public const string Name = "recognition";

    public async Task<BenchmarkFigure> MeasureAsync(int repeat, CancellationToken ct = default)
    {
        int dossierId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var communeId = await db.Dossiers.Where(d => d.State == DossierState.Recognized).GroupBy(d => d.UnitId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(ct);
            dossierId = await db.Dossiers.Where(d => d.UnitId == communeId && d.State == DossierState.Recognized)
                .OrderByDescending(d => d.Round!.Year).Select(d => d.Id).FirstAsync(ct);
        }
        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i <= repeat; i++)
        {
            var (ms, bytes) = await HandlersAsync(dossierId, ct);
            if (i == 0) continue; // warm-up
            times.Add(ms);
            allocated += bytes;
        }
        var step = Timing.Of(times, allocated / (double)repeat / (1024 * 1024));
        var country = await Timing.MeasureAsync(Math.Min(repeat, 3), async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await CommuneSummaryReader.ReadAsync(db, _ => true, ct);
        });
        var mb = System.Globalization.CultureInfo.InvariantCulture;
        return new BenchmarkFigure(Name, DevToolsText.Get("Bench.RecognitionTitle"), step.P95Ms, "ms p95", country.P95Ms,
            DevToolsText.Get("Bench.RecognitionBaseline"), "≤ 10 ms", step.P95Ms <= 10,
            DevToolsText.Get("Bench.RecognitionNote", step.AllocatedMb.ToString("0.00", mb), country.AllocatedMb.ToString("0", mb)));
    }

    /// <summary>One recognition's handlers on a fresh unit of work: their time and the bytes they allocated.</summary>
    private async Task<(double Ms, long Bytes)> HandlersAsync(int dossierId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.Include(x => x.Round).Include(x => x.Unit).Include(x => x.Criteria).Include(x => x.Files)
            .AsSplitQuery().FirstAsync(x => x.Id == dossierId, ct);
        var work = new DossierUnitOfWork(db, d, await scoring.SetAsync(d.StandardCode, ct), UserScope.System,
            DateOnly.FromDateTime(DateTime.UtcNow), DateTime.UtcNow);
        d.State = DossierState.Recognized;
        var e = new DossierStepTaken(d.Id, d.UnitId, DossierState.AtReviewCouncil, DossierState.Recognized, DossierTrigger.Recognize, "bench");
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        foreach (var handler in services.GetServices<IDossierEventHandler<DossierStepTaken>>()) await handler.HandleAsync(e, work, ct);
        var ms = watch.Elapsed.TotalMilliseconds;
        return (ms, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
