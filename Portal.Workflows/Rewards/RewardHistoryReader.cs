using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Workflows.Chains;
using Portal.Workflows.Scoring;

namespace Portal.Workflows.Rewards;

/// <summary>
/// A commune with at least one recognised year, and its streaks. <see cref="InheritedBefore"/> is the first year of its
/// own structure when earlier years came from its predecessors (their milestones are theirs, not proposed again);
/// <see cref="Policies"/> is, per year, the approval chain of the round that covered the commune (who awards).
/// </summary>
public sealed record CommuneStreaks(int UnitId, string Name, string Path, string? ParentName, StreakResult Streaks)
{
    public int? InheritedBefore { get; init; }
    public IReadOnlyDictionary<int, ApprovalPolicy> Policies { get; init; } = new Dictionary<int, ApprovalPolicy>();
}

/// <summary>
/// Reads, for the communes that pass a unit filter and were recognised at least once, what the streak calculator
/// needs: dossier states by round year, the rounds that covered each commune (a round covers the communes below its
/// scope unit) with their sets' cadence, and the same for the old communes that went wholly into a commune of the
/// 2025 structure (record 0013).
/// </summary>
internal static class RewardHistoryReader
{
    public static async Task<IReadOnlyList<CommuneStreaks>> ReadAsync(PortalDbContext db, Expression<Func<AdminUnit, bool>> units,
        CancellationToken ct)
    {
        var communes = db.Units.Where(units).Where(u => u.Level == UnitLevel.Commune
            && db.Dossiers.Any(d => d.UnitId == u.Id && d.State == DossierState.Recognized));
        var rows = await communes.AsNoTracking()
            .Select(u => new Commune(u.Id, u.Name, u.Path, u.Parent != null ? u.Parent.Name : null, u.StructureCode)).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var ids = communes.Select(u => u.Id);
        var links = await db.UnitLineages.AsNoTracking().Where(l => ids.Contains(l.SuccessorId) && !l.Removed && !l.IsPart)
            .Select(l => new Link(l.SuccessorId, l.PredecessorId, l.Predecessor!.Path)).ToListAsync(ct);
        var predecessorIds = db.UnitLineages.Where(l => ids.Contains(l.SuccessorId) && !l.Removed && !l.IsPart).Select(l => l.PredecessorId);
        var dossiers = (await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.UnitId) || predecessorIds.Contains(d.UnitId))
                .Select(d => new YearState(d.UnitId, d.Round!.Year, d.State)).ToListAsync(ct))
            .ToLookup(d => d.UnitId);
        var context = await HistoryContext.ReadAsync(db, null, null, ct);
        return rows.Select(u => Streaks(u, dossiers, links.Where(l => l.SuccessorId == u.Id).ToList(), context)).ToList();
    }

    /// <summary>
    /// One commune's streaks as they stand in <paramref name="db"/>'s unit of work: a dossier changed there but not yet
    /// saved (the recognition being recorded) counts with its new state. Null when the commune has no recognised year.
    /// Read once per unit of work when it passes its <paramref name="memo"/>: a recognition's rewards and summary share it.
    /// </summary>
    public static Task<CommuneStreaks?> ReadPendingAsync(PortalDbContext db, int communeId, CancellationToken ct, PendingStreakMemo? memo = null) =>
        memo is null ? ReadPendingAgainAsync(db, communeId, ct) : memo.GetOrReadAsync(db, communeId, () => ReadPendingAgainAsync(db, communeId, ct));

    private static async Task<CommuneStreaks?> ReadPendingAgainAsync(PortalDbContext db, int communeId, CancellationToken ct)
    {
        // Two queries: the commune with its lineage as one collection query took 3.7 ms on the national data, these two
        // and the dossiers 1.6 ms.
        var commune = await db.Units.AsNoTracking().Where(u => u.Id == communeId)
            .Select(u => new Commune(u.Id, u.Name, u.Path, u.Parent != null ? u.Parent.Name : null, u.StructureCode)).FirstAsync(ct);
        var links = await db.UnitLineages.AsNoTracking().Where(l => l.SuccessorId == communeId && !l.Removed && !l.IsPart)
            .Select(l => new Link(l.SuccessorId, l.PredecessorId, l.Predecessor!.Path)).ToListAsync(ct);
        var unitIds = links.Select(l => l.PredecessorId).Append(communeId).ToList();
        var pending = db.ChangeTracker.Entries<Dossier>().ToDictionary(e => e.Entity.Id, e => e.Entity.State);
        var dossiers = (await db.Dossiers.AsNoTracking().Where(d => unitIds.Contains(d.UnitId))
                .Select(d => new { d.Id, d.UnitId, d.Round!.Year, d.State }).ToListAsync(ct))
            .Select(d => new YearState(d.UnitId, d.Year, pending.GetValueOrDefault(d.Id, d.State))).ToLookup(d => d.UnitId);
        if (!dossiers[communeId].Any(d => d.State == DossierState.Recognized)) return null;
        var above = links.Select(l => l.PredecessorPath).Append(commune.Path).SelectMany(p => UnitPaths.AncestorsOf(p).Append(p)).Distinct().ToList();
        // Its structure's first year matters only when it carries on predecessors' years.
        var context = await HistoryContext.ReadAsync(db, above, links.Count > 0 ? [commune.StructureCode] : [], ct);
        return Streaks(commune, dossiers, links, context);
    }

    private sealed record Commune(int Id, string Name, string Path, string? ParentName, string StructureCode);
    private sealed record Link(int SuccessorId, int PredecessorId, string PredecessorPath);
    private sealed record YearState(int UnitId, int Year, DossierState State);

    private static CommuneStreaks Streaks(Commune u, ILookup<int, YearState> dossiers, IReadOnlyList<Link> links, HistoryContext context)
    {
        var own = context.YearsOf(u.Path, dossiers[u.Id]);
        var predecessors = links.Select(l => context.YearsOf(l.PredecessorPath, dossiers[l.PredecessorId])).ToList();
        var ownFrom = links.Count > 0 ? context.FirstYearOf(u.StructureCode) : null;
        var outcomes = LineageStreaks.Outcomes(own, predecessors, ownFrom);
        return new CommuneStreaks(u.Id, u.Name, u.Path, u.ParentName, StreakCalculator.Compute(outcomes))
        {
            InheritedBefore = ownFrom, Policies = context.PoliciesOf(u.Path),
        };
    }

    /// <summary>The rounds (with their policy and their set's cadence) and the structures' first years, read once.</summary>
    private sealed class HistoryContext(IReadOnlyList<HistoryContext.CoveringRound> rounds,
        IReadOnlyDictionary<string, IReadOnlyList<int>?> cadences, IReadOnlyDictionary<string, int?> firstYears)
    {
        internal sealed record CoveringRound(int Year, RoundStatus Status, string Path, string StandardCode, ApprovalPolicy Policy);

        /// <param name="db">The context to read with.</param>
        /// <param name="paths">Only rounds over these unit paths; null for every round.</param>
        /// <param name="structures">Only these structures' first years; null for every structure.</param>
        /// <param name="ct">Cancels the reads.</param>
        public static async Task<HistoryContext> ReadAsync(PortalDbContext db, IReadOnlyList<string>? paths, IReadOnlyList<string>? structures,
            CancellationToken ct)
        {
            var query = db.Rounds.AsNoTracking();
            if (paths is not null) query = query.Where(r => paths.Contains(r.ScopeUnit!.Path));
            var rows = await query.Select(r => new { Round = r, r.ScopeUnit!.Path }).ToListAsync(ct);
            var codes = rows.Select(r => r.Round.StandardCode).Distinct().ToList();
            var sets = await db.StandardSets.AsNoTracking().Where(s => codes.Contains(s.Code)).Select(s => new { s.Code, s.Json }).ToListAsync(ct);
            var cadences = sets.ToDictionary(s => s.Code, s => SetCadence.EvaluationYears(s.Json));
            var firstYears = structures is { Count: 0 } ? new Dictionary<string, int?>()
                : await db.Structures.AsNoTracking().Where(s => structures == null || structures.Contains(s.Code))
                    .ToDictionaryAsync(s => s.Code, s => s.ValidFrom == null ? (int?)null : s.ValidFrom.Value.Year, ct);
            return new HistoryContext(
                [.. rows.Select(r => new CoveringRound(r.Round.Year, r.Round.Status, r.Path, r.Round.StandardCode, ApprovalPolicy.For(r.Round)))],
                cadences, firstYears);
        }

        public int? FirstYearOf(string structureCode) => firstYears.GetValueOrDefault(structureCode);

        public CommuneYears YearsOf(string path, IEnumerable<YearState> dossiers)
        {
            var covering = rounds.Where(r => UnitPaths.IsWithin(path, r.Path)).ToList();
            var undecided = covering.GroupBy(r => r.Year).Where(g => g.All(r => r.Status != RoundStatus.Closed)).Select(g => g.Key);
            var states = dossiers.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => Best(g.Select(d => d.State)));
            return new CommuneYears(states, covering.Select(r => r.Year).ToHashSet(), undecided.ToHashSet())
            {
                Cadence = new EvaluationCadence(covering.Select(r => (r.Year, cadences.GetValueOrDefault(r.StandardCode)))),
            };
        }

        public IReadOnlyDictionary<int, ApprovalPolicy> PoliciesOf(string path) =>
            rounds.Where(r => UnitPaths.IsWithin(path, r.Path)).GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.First().Policy);
    }

    /// <summary>Of several dossiers in one year (two rounds covering the commune): recognised wins, then a final state.</summary>
    private static DossierState Best(IEnumerable<DossierState> states)
    {
        var list = states.ToList();
        if (list.Contains(DossierState.Recognized)) return DossierState.Recognized;
        return list.FirstOrDefault(s => s is DossierState.NotRecognized or DossierState.Withdrawn or DossierState.NotFinished, list[0]);
    }
}
