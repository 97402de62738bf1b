using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;

namespace Portal.Workflows.Rewards;

/// <summary>A commune with at least one recognised year, and its streaks.</summary>
public sealed record CommuneStreaks(int UnitId, string Name, string Path, string? ParentName, StreakResult Streaks);

/// <summary>
/// Reads, for the communes that pass a unit filter and were recognised at least once, the years the streak
/// calculator needs: dossier states by round year, and the rounds that covered each commune (a round covers the
/// communes below its scope unit).
/// </summary>
internal static class RewardHistoryReader
{
    public static async Task<IReadOnlyList<CommuneStreaks>> ReadAsync(PortalDbContext db, Expression<Func<AdminUnit, bool>> units,
        CancellationToken ct)
    {
        var communes = db.Units.Where(units).Where(u => u.Level == UnitLevel.Commune
            && db.Dossiers.Any(d => d.UnitId == u.Id && d.State == DossierState.Recognized));
        var rows = await communes.AsNoTracking()
            .Select(u => new Commune(u.Id, u.Name, u.Path, u.Parent != null ? u.Parent.Name : null)).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var ids = communes.Select(u => u.Id);
        var dossiers = (await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.UnitId))
                .Select(d => new YearState(d.UnitId, d.Round!.Year, d.State)).ToListAsync(ct))
            .ToLookup(d => d.UnitId);
        var rounds = await db.Rounds.AsNoTracking().Select(r => new CoveringRound(r.Year, r.Status, r.ScopeUnit!.Path)).ToListAsync(ct);
        return rows.Select(u => Streaks(u, dossiers[u.Id], rounds)).ToList();
    }

    /// <summary>
    /// One commune's streaks as they stand in <paramref name="db"/>'s unit of work: a dossier changed there but not yet
    /// saved (the recognition being recorded) counts with its new state. Null when the commune has no recognised year.
    /// </summary>
    public static async Task<CommuneStreaks?> ReadPendingAsync(PortalDbContext db, int communeId, CancellationToken ct)
    {
        var commune = await db.Units.AsNoTracking().Where(u => u.Id == communeId)
            .Select(u => new Commune(u.Id, u.Name, u.Path, u.Parent != null ? u.Parent.Name : null)).FirstAsync(ct);
        var pending = db.ChangeTracker.Entries<Dossier>().ToDictionary(e => e.Entity.Id, e => e.Entity.State);
        var dossiers = (await db.Dossiers.AsNoTracking().Where(d => d.UnitId == communeId)
                .Select(d => new { d.Id, d.Round!.Year, d.State }).ToListAsync(ct))
            .Select(d => new YearState(communeId, d.Year, pending.GetValueOrDefault(d.Id, d.State))).ToList();
        if (!dossiers.Any(d => d.State == DossierState.Recognized)) return null;
        var above = UnitPaths.AncestorsOf(commune.Path).Append(commune.Path).ToList();
        var rounds = await db.Rounds.AsNoTracking().Where(r => above.Contains(r.ScopeUnit!.Path))
            .Select(r => new CoveringRound(r.Year, r.Status, r.ScopeUnit!.Path)).ToListAsync(ct);
        return Streaks(commune, dossiers, rounds);
    }

    private sealed record Commune(int Id, string Name, string Path, string? ParentName);
    private sealed record YearState(int UnitId, int Year, DossierState State);
    private sealed record CoveringRound(int Year, RoundStatus Status, string Path);

    private static CommuneStreaks Streaks(Commune u, IEnumerable<YearState> dossiers, IEnumerable<CoveringRound> rounds)
    {
        var covering = rounds.Where(r => UnitPaths.IsWithin(u.Path, r.Path)).ToList();
        var undecided = covering.GroupBy(r => r.Year).Where(g => g.All(r => r.Status != RoundStatus.Closed)).Select(g => g.Key);
        var states = dossiers.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => Best(g.Select(d => d.State)));
        var history = new CommuneYears(states, covering.Select(r => r.Year).ToHashSet(), undecided.ToHashSet());
        return new CommuneStreaks(u.Id, u.Name, u.Path, u.ParentName, StreakCalculator.Compute(history));
    }

    /// <summary>Of several dossiers in one year (two rounds covering the commune): recognised wins, then a final state.</summary>
    private static DossierState Best(IEnumerable<DossierState> states)
    {
        var list = states.ToList();
        if (list.Contains(DossierState.Recognized)) return DossierState.Recognized;
        return list.FirstOrDefault(s => s is DossierState.NotRecognized or DossierState.Withdrawn, list[0]);
    }
}
