using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Tests.Infrastructure;
using Portal.Tests.Rewards;
using Portal.Workflows.Access;
using Portal.Workflows.Rewards;
using Portal.Workflows.Standards;
using Portal.Workflows.Units;
using Portal.Workflows.Units.Lineage;

namespace Portal.Tests.Units;

/// <summary>
/// Both structures in small: Phú Yên's sample 2024 units plus Phường 2 and Phường 9 of Tuy Hoà, and Đắk Lắk (66) of 2025
/// with Phường Tuy Hòa (22015) and Phường Bình Kiến (22045), linked by the shipped merger file as it reads for them:
/// Phường 1 and Phường 2 wholly and Phường 9 in part into Phường Tuy Hòa, Xã Bình Kiến wholly and Phường 9 in part into
/// Phường Bình Kiến.
/// </summary>
public sealed class TwoLevelBed : IAsyncDisposable
{
    public const string More2024 = """
        province_code,province_name,district_code,district_name,commune_code,commune_name,commune_type
        54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22018,Phường 2,Phường
        54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22024,Phường 9,Phường
        """;

    public const string Units2025 = """
        province_code,province_name,commune_code,commune_name,commune_type
        66,Tỉnh Đắk Lắk,22015,Phường Tuy Hòa,Phường
        66,Tỉnh Đắk Lắk,22045,Phường Bình Kiến,Phường
        """;

    public TestDatabase Db { get; private set; } = null!;
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 1, 20, 3, 0, 0, TimeSpan.Zero));
    public RewardService Rewards => Db.Services.GetRequiredService<RewardService>();
    public UnitLineages Lineages => Db.Services.GetRequiredService<UnitLineages>();
    public UserScope Admin { get; } = new("admin", "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);

    public static async Task<TwoLevelBed> CreateAsync()
    {
        var bed = new TwoLevelBed();
        bed.Db = await TestDatabase.CreateAsync(true, s => s.AddSingleton<TimeProvider>(bed.Clock));
        var importer = bed.Db.Services.GetRequiredService<UnitImporter>();
        await importer.ImportAsync(new AdminStructure { Code = "2024", Name = "2024", Levels = 3 }, UnitFileParser.Parse(new StringReader(More2024)));
        await importer.ImportAsync(new AdminStructure { Code = "2025", Name = "2025", Levels = 2, ValidFrom = new DateOnly(2025, 7, 1) },
            UnitFileParser.Parse(new StringReader(Units2025)));
        await bed.Db.Services.GetRequiredService<LineageImport>().ImportAsync();
        await bed.Db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        return bed;
    }

    public async Task<AdminUnit> UnitAsync(string structure, string code)
    {
        await using var db = Db.Context();
        return await db.Units.AsNoTracking().SingleAsync(u => u.StructureCode == structure && u.Code == code);
    }

    public async Task<UserScope> ScopeAsync(string name, string role, string structure, string code)
    {
        var unit = await UnitAsync(structure, code);
        return new UserScope("id-" + name, name, new HashSet<string> { role }, unit.Id, unit.Path);
    }

    /// <summary>A closed three-level round of Phú Yên (2024 units) with a dossier in the given state per commune code.</summary>
    public Task ThreeLevelYearAsync(int year, params (string Code, DossierState State)[] dossiers) =>
        RewardTestBed.AddYearAsync(Db, year, RoundStatus.Closed, dossiers);

    /// <summary>A two-level round of Đắk Lắk (2025 units) whose dossier of Phường Tuy Hòa is in <paramref name="state"/>.</summary>
    public async Task TwoLevelYearAsync(int year, DossierState state, RoundStatus status = RoundStatus.Closed)
    {
        var province = await UnitAsync("2025", "66");
        var commune = await UnitAsync("2025", "22015");
        await using var db = Db.Context();
        var round = new Round
        {
            Year = year, Name = $"Đợt {year} (hai cấp)", StandardCode = "DEMO-06", ScopeUnitId = province.Id, EvaluatedFrom = new(year - 1, 11, 1),
            EvaluatedTo = new(year, 10, 31), OpensOn = new(year, 11, 1), PostingDays = 10, Status = status,
        };
        Workflows.Chains.ApprovalPolicy.Default(ApprovalChain.TwoLevel).ApplyTo(round);
        db.Rounds.Add(round);
        db.Dossiers.Add(new Dossier { Round = round, UnitId = commune.Id, StandardCode = "DEMO-06", Category = "B", State = state, StateSince = new(year, 12, 20) });
        await db.SaveChangesAsync();
    }

    public async Task<List<Data.Rewards.RewardProposal>> ProposalsOfAsync(string structure, string code)
    {
        var unit = await UnitAsync(structure, code);
        await using var db = Db.Context();
        return await db.RewardProposals.AsNoTracking().Where(p => p.UnitId == unit.Id).OrderBy(p => p.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();
}
