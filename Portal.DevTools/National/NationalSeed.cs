using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Data;
using Portal.DevTools.Demo;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Summaries;
using Portal.Workflows.Units;

namespace Portal.DevTools.National;

/// <summary>What seeding one province added, and how many of its rounds were there already.</summary>
public sealed record NationalSeedResult(int Rounds, int RoundsPresent, int Registrations, int Dossiers, int Criteria, int Events)
{
    public static readonly NationalSeedResult None = new(0, 0, 0, 0, 0, 0);

    public NationalSeedResult Add(NationalSeedResult o) => new(Rounds + o.Rounds, RoundsPresent + o.RoundsPresent,
        Registrations + o.Registrations, Dossiers + o.Dossiers, Criteria + o.Criteria, Events + o.Events);
}

/// <summary>
/// Load and benchmark data at national scale (the seed-national verb): for every province of the 2024 structure
/// and each past year, a closed DEMO-06 round with a finished dossier per striving commune, built by the demo
/// <see cref="NationalDossierBuilder"/> as the workflow would have left it (criteria scored by the engine,
/// a history row per step), with outcomes and delays from <see cref="NationalSeedPlan"/>. Each province-round is
/// one transaction, so an interrupted run leaves whole rounds, and a year whose round exists is skipped.
/// Not for a database with real data: <see cref="HasRealDataAsync"/> tells the caller to refuse.
/// </summary>
public sealed class NationalSeed(IDbContextFactory<PortalDbContext> dbFactory, DossierScoring scoring, TimeProvider clock)
{
    /// <summary>The creator of every seeded round: what tells seeded data from real data.</summary>
    public const string CreatedBy = "seed-national";
    public const string StandardCode = DemoPlan.StandardCode;
    private static readonly IReadOnlyDictionary<string, string> NoAccounts = new Dictionary<string, string>();

    /// <summary>The <paramref name="rounds"/> years that end with last year, oldest first.</summary>
    public IReadOnlyList<int> Years(int rounds)
    {
        var last = PortalClock.Today(clock).Year - 1;
        return Enumerable.Range(last - rounds + 1, rounds).ToList();
    }

    /// <summary>Any round not created by the seed (every dossier belongs to a round, so this covers dossiers too).</summary>
    public async Task<bool> HasRealDataAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Rounds.AnyAsync(r => r.CreatedBy == null || r.CreatedBy != CreatedBy, ct);
    }

    /// <summary>The provinces of the 2024 structure by code, or the one named (none when the code is unknown).</summary>
    public async Task<IReadOnlyList<AdminUnit>> ProvincesAsync(string? code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking()
            .Where(u => u.StructureCode == NationalUnits.Structure2024.Code && u.Level == UnitLevel.Province && (code == null || u.Code == code))
            .OrderBy(u => u.Code).ToListAsync(ct);
    }

    public async Task<NationalSeedResult> SeedProvinceAsync(AdminUnit province, IReadOnlyList<int> years, CancellationToken ct = default)
    {
        List<AdminUnit> communes;
        List<int> present;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            communes = await db.Units.AsNoTracking().Include(u => u.Parent)
                .Where(u => u.Level == UnitLevel.Commune && u.Path.StartsWith(province.Path)).OrderBy(u => u.Code).ToListAsync(ct);
            present = await db.Rounds.Where(r => r.ScopeUnitId == province.Id && years.Contains(r.Year)).Select(r => r.Year).ToListAsync(ct);
        }
        var scores = new NationalScores(await scoring.SetAsync(StandardCode, ct));
        var result = NationalSeedResult.None with { RoundsPresent = years.Count(present.Contains) };
        foreach (var year in years.Except(present))
            result = result.Add(await AddRoundAsync(province, year, communes, scores, ct));
        return result;
    }

    private async Task<NationalSeedResult> AddRoundAsync(AdminUnit province, int year, IReadOnlyList<AdminUnit> communes,
        NationalScores scores, CancellationToken ct)
    {
        var round = NationalRound.New(province, year);
        (round.Name, round.CreatedBy) = ($"Đợt {year} — dữ liệu quy mô quốc gia", CreatedBy);
        var builder = new NationalDossierBuilder(scores, round, PortalClock.Today(clock), NoAccounts);
        var registrations = new List<Registration>();
        var built = new List<NationalDossierBuilder.Built>();
        foreach (var commune in communes.Where(c => NationalSeedPlan.Strives(c, year)))
        {
            var category = NationalSeedPlan.Category(commune, province);
            registrations.Add(new Registration
            {
                Round = round, UnitId = commune.Id, Category = category,
                RegisteredAtUtc = NationalSeedPlan.RegisteredAt(commune, year), RegisteredBy = DemoPeople.Officer(commune),
            });
            var (target, steps) = NationalSeedPlan.Outcome(commune, year);
            built.Add(builder.Build(commune, commune.Parent!, category, target, steps,
                NationalSeedPlan.Pace(commune, province, year)));
        }

        return await SaveAsync(round, registrations, built, ct);
    }

    /// <summary>
    /// One transaction: SaveChanges writes the round, registrations and dossiers (their ids are needed), plain inserts
    /// the criteria, history and return items, which are nine rows in ten. The criteria leave the dossiers' graph for that.
    /// </summary>
    private async Task<NationalSeedResult> SaveAsync(Round round, List<Registration> registrations, List<NationalDossierBuilder.Built> built,
        CancellationToken ct)
    {
        var criteria = built.Select(b => (b.Dossier, Rows: b.Dossier.Criteria.ToList())).ToList();
        built.ForEach(b => b.Dossier.Criteria.Clear());

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false; // plain inserts: nothing to compare
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Rounds.Add(round);
        db.Registrations.AddRange(registrations);
        db.Dossiers.AddRange(built.Select(b => b.Dossier));
        await db.SaveChangesAsync(ct);
        foreach (var (dossier, rows) in criteria) rows.ForEach(c => c.DossierId = dossier.Id);
        foreach (var b in built)
        {
            b.Events.ForEach(e => e.DossierId = b.Dossier.Id);
            b.Returns.ForEach(r => r.DossierId = b.Dossier.Id);
        }
        var criterionRows = await PlainInserts.InsertAsync(db, criteria.SelectMany(c => c.Rows).ToList(), ct);
        var events = await PlainInserts.InsertAsync(db, built.SelectMany(b => b.Events).ToList(), ct);
        await PlainInserts.InsertAsync(db, built.SelectMany(b => b.Returns).ToList(), ct);
        var now = clock.GetUtcNow().UtcDateTime; // as RoundService.OpenAsync: a set in use is locked
        await db.StandardSets.Where(s => s.Code == StandardCode && s.LockedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LockedAtUtc, now), ct);
        await SummaryStore.RefreshRoundAsync(db, round.Id, ct); // written directly, so summarised here (record 0015)
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new NationalSeedResult(1, 0, registrations.Count, built.Count, criterionRows, events);
    }
}
