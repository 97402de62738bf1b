using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Deadlines;

/// <summary>How many stages a commune finished in a round, and how many of them by their due date.</summary>
public sealed record OnTimeRow(int UnitId, string UnitName, int RoundId, int Year, int StagesDone, int OnTime)
{
    public decimal? Percent => StagesDone == 0 ? null : Math.Round(100m * OnTime / StagesDone, 1);
}

/// <summary>
/// On-time figures for the dashboard, read from the history: a stage is done when a step leaves it (the day of
/// that step, in Vietnam), and on time when that day is not after the stage's due date in the round.
/// </summary>
public sealed class OnTimeStatistics(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<IReadOnlyList<OnTimeRow>> ByCommuneAsync(UserScope scope, int? roundId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = db.Units.Where(AccessPolicy.ReadableUnits(scope)).Select(u => u.Id);
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => units.Contains(d.UnitId) && (roundId == null || d.RoundId == roundId))
            .Select(d => new { d.Id, d.UnitId, Unit = d.Unit!.Name, d.RoundId, d.Round!.Year }).ToListAsync(ct);
        var ids = dossiers.Select(d => d.Id).ToList();
        var events = await db.DossierEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId))
            .Select(e => new { e.DossierId, e.FromState, e.ToState, e.AtUtc }).ToListAsync(ct);
        var due = await DueDatesAsync(db, dossiers.Select(d => d.RoundId), ct);
        var roundOf = dossiers.ToDictionary(d => d.Id, d => d.RoundId);

        var done = events.Select(e => (e.DossierId, Judged: Judge(roundOf[e.DossierId], e.FromState, e.ToState, e.AtUtc, due)))
            .Where(x => x.Judged is not null).ToLookup(x => x.DossierId, x => x.Judged!.Value);
        return dossiers.GroupBy(d => (d.UnitId, d.Unit, d.RoundId, d.Year)).Select(g =>
        {
            var stages = g.SelectMany(d => done[d.Id]).ToList();
            return new OnTimeRow(g.Key.UnitId, g.Key.Unit, g.Key.RoundId, g.Key.Year, stages.Count, stages.Count(s => s.OnTime));
        }).OrderBy(r => r.Year).ThenBy(r => r.UnitName).ToList();
    }

    /// <summary>The due date of every stage of the rounds, for <see cref="Judge"/>.</summary>
    public static Task<Dictionary<(int RoundId, RoundStage Stage), DateOnly>> DueDatesAsync(PortalDbContext db, IEnumerable<int> roundIds,
        CancellationToken ct)
    {
        var ids = roundIds.Distinct().ToList();
        return db.Set<RoundDeadline>().Where(d => ids.Contains(d.RoundId)).ToDictionaryAsync(d => (d.RoundId, d.Stage), d => d.DueDate, ct);
    }

    /// <summary>
    /// The stage one step of the history finished, and whether by its due date: the day of the step in Vietnam, not after
    /// the round's due date for that stage. Null when the step finished no stage.
    /// </summary>
    public static (RoundStage Stage, bool OnTime)? Judge(int roundId, DossierState from, DossierState to, DateTime atUtc,
        IReadOnlyDictionary<(int RoundId, RoundStage Stage), DateOnly> due)
    {
        if (CompletedStage(from, to) is not { } stage) return null;
        var day = DateOnly.FromDateTime(atUtc + PortalClock.VietnamOffset);
        return (stage, due.TryGetValue((roundId, stage), out var dueDate) && day <= dueDate);
    }

    /// <summary>The stage a step finishes: the one of its starting state, when the step moves on to another stage.</summary>
    public static RoundStage? CompletedStage(DossierState from, DossierState to)
    {
        // Giving up, or the round closing on an unfinished dossier, is not finishing a stage.
        if (to is DossierState.Withdrawn or DossierState.NotFinished) return null;
        var (before, after) = (DossierStages.StageOf(from), DossierStages.StageOf(to));
        return before is not null && before != after ? before : null;
    }
}
