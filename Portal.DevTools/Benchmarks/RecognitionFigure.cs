using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Summaries;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// What a recognition adds to its step. Every step runs every <see cref="DossierStepTaken"/> handler (the dossier's
/// summary and the step's notifications whatever the step); a recognition also proposes the commune's rewards and
/// rewrites its streaks and its lineage successors'. Two figures, on the latest recognised dossier of the commune with
/// most recognised years, its state set in the unit of work and never saved: all handlers of a recognition beside the
/// same handlers for an ordinary step of the same dossier (accepting it for appraisal), and their difference, the
/// extra cost issue 12 targets, beside what a recognition did before: every commune's streaks in the country.
/// </summary>
public sealed class RecognitionFigure(IServiceProvider services, IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring)
{
    public const string Name = "recognition";
    public const string AllName = "recognition-all";

    private sealed record Step(DossierState From, DossierState To, DossierTrigger Trigger);

    private static readonly Step Recognition = new(DossierState.AtReviewCouncil, DossierState.Recognized, DossierTrigger.Recognize);
    private static readonly Step Ordinary = new(DossierState.Submitted, DossierState.UnderAppraisal, DossierTrigger.AcceptForAppraisal);

    public async Task<IReadOnlyList<BenchmarkFigure>> MeasureAsync(int repeat, CancellationToken ct = default)
    {
        var dossierId = await LatestRecognisedAsync(ct);
        List<double> recognition = [], ordinary = [];
        long recognitionBytes = 0, ordinaryBytes = 0;
        // One of each in turn, so that both see the same machine; the first pair warms up.
        for (var i = 0; i <= repeat; i++)
        {
            var (ms, bytes) = await HandlersAsync(dossierId, Recognition, ct);
            var (ordinaryMs, ordinaryBytesNow) = await HandlersAsync(dossierId, Ordinary, ct);
            if (i == 0) continue;
            (recognitionBytes, ordinaryBytes) = (recognitionBytes + bytes, ordinaryBytes + ordinaryBytesNow);
            recognition.Add(ms);
            ordinary.Add(ordinaryMs);
        }
        var all = Timing.Of(recognition, recognitionBytes / (double)repeat / (1024 * 1024));
        var plain = Timing.Of(ordinary, ordinaryBytes / (double)repeat / (1024 * 1024));
        var country = await Timing.MeasureAsync(Math.Min(repeat, 3), async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await CommuneSummaryReader.ReadAsync(db, _ => true, ct);
        });
        var extraMs = Math.Max(0, all.P95Ms - plain.P95Ms);
        var extraMb = Math.Max(0, all.AllocatedMb - plain.AllocatedMb);
        string N(double value) => value.ToString(value >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);
        var verdict = DevToolsText.Get(extraMs <= 10 ? "Bench.RecognitionMet" : "Bench.RecognitionNotMet");
        var note = DevToolsText.Get("Bench.RecognitionNote", N(all.P95Ms), N(all.AllocatedMb), N(plain.P95Ms), N(plain.AllocatedMb),
            N(extraMs), N(extraMb), N(country.AllocatedMb), verdict);
        return
        [
            new BenchmarkFigure(Name, DevToolsText.Get("Bench.RecognitionTitle"), extraMs, "ms p95", country.P95Ms,
                DevToolsText.Get("Bench.RecognitionBaseline"), "≤ 10 ms", extraMs <= 10, note),
            new BenchmarkFigure(AllName, DevToolsText.Get("Bench.RecognitionAllTitle"), all.P95Ms, "ms p95", plain.P95Ms,
                DevToolsText.Get("Bench.RecognitionAllBaseline"), "—", true),
        ];
    }

    private async Task<int> LatestRecognisedAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var communeId = await db.Dossiers.Where(d => d.State == DossierState.Recognized).GroupBy(d => d.UnitId)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(ct);
        return await db.Dossiers.Where(d => d.UnitId == communeId && d.State == DossierState.Recognized)
            .OrderByDescending(d => d.Round!.Year).Select(d => d.Id).FirstAsync(ct);
    }

    /// <summary>One step's handlers on a fresh unit of work: their time and the bytes they allocated.</summary>
    private async Task<(double Ms, long Bytes)> HandlersAsync(int dossierId, Step step, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.Include(x => x.Round).Include(x => x.Unit).Include(x => x.Criteria).Include(x => x.Files)
            .AsSplitQuery().FirstAsync(x => x.Id == dossierId, ct);
        var work = new DossierUnitOfWork(db, d, await scoring.SetAsync(d.StandardCode, ct), UserScope.System,
            DateOnly.FromDateTime(DateTime.UtcNow), DateTime.UtcNow);
        d.State = step.To;
        var e = new DossierStepTaken(d.Id, d.UnitId, step.From, step.To, step.Trigger, "bench");
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        foreach (var handler in services.GetServices<IDossierEventHandler<DossierStepTaken>>()) await handler.HandleAsync(e, work, ct);
        var ms = watch.Elapsed.TotalMilliseconds;
        return (ms, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
