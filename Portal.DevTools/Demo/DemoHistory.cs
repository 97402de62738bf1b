using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Data;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rewards;

namespace Portal.DevTools.Demo;

/// <summary>What one run of the demo history added.</summary>
public sealed record DemoHistoryResult(int Rounds, int Dossiers, int Proposals);

/// <summary>
/// Development only: the demo history of <see cref="DemoPlan"/> (closed rounds 2019–2025, the open 2026 round) in
/// Tỉnh Phú Yên, inserted directly, one transaction per round, then the reward proposals it leads to. Idempotent:
/// a year whose round exists in the province is skipped, and communes missing from the database are left out.
/// </summary>
public sealed class DemoHistory(IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring, RewardService rewards,
    PortalDataPaths paths, TimeProvider clock)
{
    public async Task<DemoHistoryResult> EnsureAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var province = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.StructureCode == DemoPlan.Structure
            && u.Code == DemoPlan.ProvinceCode && u.Level == UnitLevel.Province, ct);
        if (province is null) return new(0, 0, 0);
        var codes = DemoPlan.Communes.Select(c => c.Code).ToList();
        var communes = await db.Units.AsNoTracking().Include(u => u.Parent)
            .Where(u => u.StructureCode == DemoPlan.Structure && u.Level == UnitLevel.Commune && codes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, ct);
        var names = communes.Values.SelectMany(u => new[] { u.Parent!, u })
            .SelectMany(u => new[] { DemoPeople.Officer(u), DemoPeople.Leader(u) }).Distinct().ToList();
        var userIds = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);

        await EnsureCategoriesAsync(db, communes.Values, ct);
        var (rounds, dossiers) = (0, 0);
        for (var year = DemoPlan.FirstYear; year <= DemoPlan.OpenYear; year++)
        {
            var y = year;
            if (await db.Rounds.AnyAsync(r => r.ScopeUnitId == province.Id && r.Year == y, ct)) continue;
            dossiers += await AddRoundAsync(province, year, communes, userIds, ct);
            rounds++;
        }
        var proposals = await rewards.RecomputeAsync(ct);
        if (rounds > 0) await DemoRewardDecisions.DecideEarlierAsync(dbFactory, province.Path, clock, ct);
        return new(rounds, dossiers, proposals);
    }

    /// <summary>The province's categories of the demo communes under the demo set, as a province officer would set them.</summary>
    private async Task EnsureCategoriesAsync(PortalDbContext db, IEnumerable<AdminUnit> communes, CancellationToken ct)
    {
        var ids = communes.Select(c => c.Id).ToList();
        var set = await db.CommuneCategories.Where(a => a.StandardCode == DemoPlan.StandardCode && ids.Contains(a.UnitId))
            .Select(a => a.UnitId).ToListAsync(ct);
        foreach (var commune in communes.Where(c => !set.Contains(c.Id)))
            db.CommuneCategories.Add(new CommuneCategoryAssignment
            {
                UnitId = commune.Id, StandardCode = DemoPlan.StandardCode, SetBy = DemoPeople.ProvinceOfficer,
                Category = DemoPlan.Communes.Single(p => p.Code == commune.Code).Category, SetAtUtc = clock.GetUtcNow().UtcDateTime,
            });
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> AddRoundAsync(AdminUnit province, int year, IReadOnlyDictionary<string, AdminUnit> communes,
        IReadOnlyDictionary<string, string> userIds, CancellationToken ct)
    {
        var open = year == DemoPlan.OpenYear;
        var round = NewRound(province, year, open);
        var today = PortalClock.Today(clock);
        var builder = new DemoDossierBuilder(await scoring.SetAsync(DemoPlan.StandardCode, ct), round, today, userIds);
        var built = new List<DemoDossierBuilder.Built>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Rounds.Add(round);
        foreach (var plan in DemoPlan.Communes)
        {
            if (!communes.TryGetValue(plan.Code, out var commune)) continue;
            var (target, returned) = open ? (plan.In2026, false) : DemoPlan.Outcome(plan.History[year - DemoPlan.FirstYear]);
            if (target is not { } state) continue;
            db.Registrations.Add(new Registration
            {
                Round = round, UnitId = commune.Id, Category = plan.Category,
                RegisteredAtUtc = new DateTime(year, 10, 20, 2, 0, 0, DateTimeKind.Utc), RegisteredBy = DemoPeople.Officer(commune),
            });
            var withFiles = open && DemoPath.To(state, returned).Contains(DossierTrigger.Submit);
            built.Add(builder.Build(commune, commune.Parent!, plan.Category, state, returned, withFiles));
        }
        db.Dossiers.AddRange(built.Select(b => b.Dossier));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct); // dossiers first: their ids go into the history rows
        foreach (var b in built)
        {
            b.Events.ForEach(e => e.DossierId = b.Dossier.Id);
            b.Returns.ForEach(r => r.DossierId = b.Dossier.Id);
            db.DossierEvents.AddRange(b.Events);
            db.ReturnItems.AddRange(b.Returns);
        }
        var set = await db.StandardSets.FirstAsync(s => s.Code == DemoPlan.StandardCode, ct);
        set.LockedAtUtc ??= clock.GetUtcNow().UtcDateTime; // as RoundService.OpenAsync: a set in use is locked
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await DemoFiles.WriteAsync(built.Select(b => b.Dossier), paths, ct);
        return built.Count;
    }

    internal static Round NewRound(AdminUnit province, int year, bool open)
    {
        var (from, to) = Round.DefaultPeriod(year);
        var opensOn = new DateOnly(year, 11, 1);
        var due = new Dictionary<RoundStage, DateOnly>
        {
            [RoundStage.Registration] = new(year, 10, 25), [RoundStage.SelfAssessment] = new(year, 11, 15),
            [RoundStage.Submission] = new(year, 11, 30), [RoundStage.CompletenessCheck] = new(year, 12, 7),
            [RoundStage.Supplement] = new(year, 12, 12), [RoundStage.Appraisal] = new(year, 12, 15), [RoundStage.Decision] = new(year, 12, 25),
        };
        return new Round
        {
            Year = year, Name = $"Đánh giá xã, phường, thị trấn phù hợp với trẻ em năm {year}", StandardCode = DemoPlan.StandardCode,
            ScopeUnitId = province.Id, Chain = ApprovalChain.ThreeLevel, EvaluatedFrom = from, EvaluatedTo = to, OpensOn = opensOn,
            PostingDays = 10, Status = open ? RoundStatus.Open : RoundStatus.Closed,
            OpenedAtUtc = new DateTime(year, 11, 1, 1, 0, 0, DateTimeKind.Utc),
            CreatedAtUtc = new DateTime(year, 10, 1, 2, 0, 0, DateTimeKind.Utc), CreatedBy = DemoPeople.ProvinceOfficer,
            Deadlines = [.. due.Select(d => new RoundDeadline { Stage = d.Key, DueDate = d.Value })],
            // Article 6 reports: communes to the district, districts to the province, the province to the ministry.
            ReportDeadlines =
            [
                new() { Level = ReportLevel.Commune, DueDate = new(year, 12, 20) }, new() { Level = ReportLevel.District, DueDate = new(year, 12, 27) },
                new() { Level = ReportLevel.Province, DueDate = new(year + 1, 1, 10) },
            ],
        };
    }
}
