using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Data;
using Portal.Data.Units;

namespace Portal.DevTools.Demo;

/// <summary>What one run of the demo history added.</summary>
public sealed record DemoHistoryResult(int Rounds, int Dossiers, int Proposals);

/// <summary>
/// Development only: the demo history of <see cref="DemoPlan"/> (closed rounds 2019–2025, the open 2026 round) in
/// Tỉnh Phú Yên, made the way people would have made it: every round, registration, dossier step, entry and document
/// through the product's services (<see cref="DemoServices"/>), on a clock moved to the day of each action
/// (<see cref="DemoCalendar"/>), never later than now. The reward proposals come from the recognitions' own handler and
/// the scheduled recomputation; the earlier ones are then decided by their leaders. Idempotent: a year whose round
/// exists in the province is skipped, and communes missing from the database are left out.
/// </summary>
public sealed class DemoHistory(IDbContextFactory<PortalDbContext> dbFactory, PortalDataPaths paths, ILoggerFactory loggers, TimeProvider clock)
{
    public async Task<DemoHistoryResult> EnsureAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var province = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.StructureCode == DemoPlan.Structure
            && u.Code == DemoPlan.ProvinceCode && u.Level == UnitLevel.Province, ct);
        if (province is null) return new(0, 0, 0);
        var present = await db.Rounds.Where(r => r.ScopeUnitId == province.Id).Select(r => r.Year).ToListAsync(ct);
        var years = Enumerable.Range(DemoPlan.FirstYear, DemoPlan.OpenYear - DemoPlan.FirstYear + 1).Except(present).ToList();
        if (years.Count == 0) return new(0, 0, 0);

        var codes = DemoPlan.Communes.Select(c => c.Code).ToList();
        var communes = await db.Units.AsNoTracking().Include(u => u.Parent)
            .Where(u => u.StructureCode == DemoPlan.Structure && u.Level == UnitLevel.Commune && codes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, ct);
        var actors = await DemoActors.ReadAsync(db, province, ct);
        var proposalsBefore = await ProposalsAsync(db, province, ct);

        var now = clock.GetUtcNow();
        // An hour before now: the open round's late actions, squeezed a second apart, all lie in the past.
        var latest = now.AddHours(-1);
        await using (var services = await DemoServices.StartAsync(dbFactory, paths, loggers, now, ct))
        {
            await DemoCategories.EnsureAsync(services, actors, communes.Values, latest, ct);
            var dossiers = 0;
            foreach (var year in years)
            {
                if (year == DemoPlan.OpenYear) await ReadPastNewsAsync(services, actors, latest, ct);
                dossiers += await new DemoRound(services, actors, province, communes, latest).AddAsync(year, ct);
            }
            services.Clock.MoveTo(now); // the scheduled recomputation runs now, as the portal's job would
            await services.Rewards.RecomputeAsync(ct);
            await DemoRewardDecisions.DecideEarlierAsync(services, actors, province.Path, latest, ct);
            return new(years.Count, dossiers, await ProposalsAsync(db, province, ct) - proposalsBefore);
        }
    }

    /// <summary>Before the open round, the demo's account holders have read what the past rounds' steps told them.</summary>
    private static async Task ReadPastNewsAsync(DemoServices services, DemoActors actors, DateTimeOffset latest, CancellationToken ct)
    {
        new DemoTimeline(services.Clock, latest).MoveTo(DemoCalendar.PastNewsReadOn);
        foreach (var reader in actors.Accounts) await services.Notifications.MarkReadAsync(reader, null, ct);
    }

    private static Task<int> ProposalsAsync(PortalDbContext db, AdminUnit province, CancellationToken ct) =>
        db.RewardProposals.CountAsync(p => p.Unit!.Path.StartsWith(province.Path), ct);
}
