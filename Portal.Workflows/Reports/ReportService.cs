using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Activities;
using Portal.Workflows.Chains;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rewards;
using Portal.Workflows.Summaries;

namespace Portal.Workflows.Reports;

/// <summary>
/// The reports of the reporting duty (PORTAL-SPEC P8, Article 6), generated from the data for one round and one unit:
/// the commune list, the summary by unit below, streaks and rewards, activities and inspections; and the duty itself
/// (due dates, "mark as sent", see ReportService.Duty.cs). The round must be one the reader works in and the unit one
/// they may read; anything else is refused and logged.
/// </summary>
public sealed partial class ReportService(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog,
    RewardService rewards, ActivityStatistics activities, TimeProvider clock)
{
    /// <summary>
    /// The round and unit of a report: <paramref name="unitId"/>, or by default the reader's own unit (an administrator,
    /// who has none, gets the round's unit). A round or unit that does not exist is refused like one outside the reader's
    /// scope (no oracle of which ids exist): the refusal is logged and thrown.
    /// </summary>
    public async Task<ReportHeader?> ResolveAsync(UserScope scope, int roundId, int? unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var round = await db.Rounds.AsNoTracking().Where(r => r.Id == roundId)
            .Select(r => new
            {
                r.Id, r.Name, r.Year, r.EvaluatedFrom, r.EvaluatedTo, r.ScopeUnitId, ScopePath = r.ScopeUnit!.Path, Round = r,
                Illustrative = db.StandardSets.Where(s => s.Code == r.StandardCode).Select(s => s.Illustrative).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (round is null || !WorksIn(scope, round.ScopePath))
        {
            await RefuseAsync(scope, $"report/round/{roundId}", "read", round is null ? "no such round" : "round outside the user's scope", ct);
            return null; // not reached: the refusal is thrown
        }

        var id = unitId ?? scope.UnitId ?? round.ScopeUnitId;
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null || !AccessPolicy.CanRead(scope, unit.Path))
            await RefuseAsync(scope, $"report/unit/{id}", "read", "unit outside the user's scope", ct);
        return new ReportHeader(round.Id, round.Name, round.Year, round.EvaluatedFrom, round.EvaluatedTo,
            unit!.Id, unit.Code, unit.Name, unit.Level, unit.Path, PortalClock.Today(clock))
        {
            Illustrative = round.Illustrative, Policy = ApprovalPolicy.For(round.Round), MinistryName = round.Round.MinistryName,
        };
    }

    /// <summary>
    /// The units the reader may pick for a round: their own unit (or the round's, when the round lies below it or the
    /// reader is an administrator) and everything below it, top-down.
    /// </summary>
    public async Task<IReadOnlyList<ReportUnitChoice>> UnitChoicesAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roundPath = await db.Rounds.Where(r => r.Id == roundId).Select(r => r.ScopeUnit!.Path).FirstOrDefaultAsync(ct);
        if (roundPath is null || !WorksIn(scope, roundPath)) return [];
        var basePath = scope.UnitPath is { Length: > 0 } own && UnitPaths.IsWithin(own, roundPath) ? own : roundPath;
        return await db.Units.AsNoTracking().Where(AccessPolicy.ReadableUnits(scope)).Where(UnitPaths.Within(basePath))
            .OrderBy(u => u.Path).Select(u => new ReportUnitChoice(u.Id, u.Code, u.Name, u.Level, u.SearchKey)).ToListAsync(ct);
    }

    /// <summary>One row per dossier of the round under the unit, in the order of the map.</summary>
    public async Task<CommuneListReport?> CommuneListAsync(UserScope scope, int roundId, int? unitId, CancellationToken ct = default) =>
        await ResolveAsync(scope, roundId, unitId, ct) is { } h ? await CommuneListAsync(h, ct) : null;

    /// <summary>The commune list of a round and unit already resolved (and so checked) by <see cref="ResolveAsync"/>.</summary>
    public async Task<CommuneListReport> CommuneListAsync(ReportHeader h, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (low, high) = (UnitPaths.Low(h.UnitPath), UnitPaths.High(h.UnitPath));
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.RoundId == h.RoundId && string.Compare(d.Unit!.Path, low) >= 0 && string.Compare(d.Unit.Path, high) < 0)
            .OrderBy(d => d.Unit!.Path)
            .Select(d => new CommuneReportRow(d.Id, d.UnitId, d.Unit!.Code, d.Unit.Name, d.Unit.Parent != null ? d.Unit.Parent.Name : null,
                d.Category, d.SelfTotal, d.AppraisedTotal, d.State, d.DecisionNumber, d.DecisionDate))
            .ToListAsync(ct);
        return new CommuneListReport(h, rows);
    }

    /// <summary>Streaks of the communes below the unit and their reward proposals, as of today.</summary>
    public async Task<RewardsReport?> RewardsAsync(UserScope scope, int roundId, int? unitId, CancellationToken ct = default) =>
        await ResolveAsync(scope, roundId, unitId, ct) is { } h ? await RewardsAsync(scope, h, ct) : null;

    /// <summary>The streaks and proposals of a round and unit already resolved by <see cref="ResolveAsync"/>.</summary>
    public async Task<RewardsReport> RewardsAsync(UserScope scope, ReportHeader h, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Streaks as kept with each verdict (record 0015): every commune below the unit recognised at least once.
        var units = db.Units.Where(UnitPaths.Within(h.UnitPath));
        var streaks = (await db.CommuneSummaries.AsNoTracking().Where(s => s.LongestLength > 0)
                .Join(units, s => s.CommuneId, u => u.Id, (s, u) => new
                {
                    u.Id, u.Path, u.Name, Parent = u.Parent != null ? u.Parent.Name : null, s.CurrentLength, s.CurrentYears, s.LongestYears,
                }).ToListAsync(ct))
            .OrderByDescending(c => c.CurrentLength).ThenBy(c => c.Path, StringComparer.Ordinal)
            .Select(c => new StreakReportRow(c.Id, ReportFigures.CodeOf(c.Path), c.Name, c.Parent,
                CommuneSummaryReader.ToStreak(c.CurrentYears), CommuneSummaryReader.ToStreak(c.LongestYears))).ToList();
        var below = (await db.RewardProposals.Where(p => units.Select(u => u.Id).Contains(p.UnitId)).Select(p => p.UnitId).Distinct().ToListAsync(ct))
            .ToHashSet();
        var proposals = (await rewards.ListAsync(scope, ct)).Where(p => below.Contains(p.UnitId)).ToList();
        return new RewardsReport(h, streaks, proposals);
    }

    /// <summary>The programme's activities of the round's year, per unit below, with a total row.</summary>
    public async Task<ActivitiesReport?> ActivitiesAsync(UserScope scope, int roundId, int? unitId, CancellationToken ct = default) =>
        await ResolveAsync(scope, roundId, unitId, ct) is { } h ? await ActivitiesAsync(scope, h, ct) : null;

    /// <summary>The activities of a round and unit already resolved by <see cref="ResolveAsync"/>.</summary>
    public async Task<ActivitiesReport> ActivitiesAsync(UserScope scope, ReportHeader h, CancellationToken ct = default)
    {
        var rows = await activities.ByChildUnitAsync(scope, h.UnitId, h.Year, ct);
        return new ActivitiesReport(h, rows, ActivityTotals.Sum(rows));
    }

    /// <summary>A round is the reader's when it covers their unit or lies within it (as RoundService lists rounds).</summary>
    private static bool WorksIn(UserScope scope, string roundPath) =>
        AccessPolicy.CanRead(scope, roundPath) || scope.UnitPath is { Length: > 0 } own && UnitPaths.IsWithin(own, roundPath);

    private async Task RefuseAsync(UserScope scope, string resource, string action, string reason, CancellationToken ct)
    {
        throw await accessLog.RefusedAsync(scope, resource, action, reason, ct);
    }
}
