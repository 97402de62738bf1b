using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Activities;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Reports;
using Portal.Workflows.Standards;
using Portal.Workflows.Summaries;
using static Portal.Data.Dossiers.DossierState;

namespace Portal.Tests.Reports;

/// <summary>
/// A hand-built Phú Yên for the reports, on 20/12/2026. Three districts: Tuy Hoà (555) with 22015 recognised, 22045 not
/// recognised, 22018 under appraisal; Sông Cầu (557) with 22051 recognised, 22052 withdrawn, 22053 registered without a
/// dossier; Đồng Xuân (558) with nothing. History: 555 finished 3 stages, 2 on time; 557 finished 3, all on time.
/// A closed 2025 round where 22015 was recognised (streak 2025–2026); reward proposals in 22015 and in Hà Nội; activities
/// of 2026 and one of 2025. Report due dates: commune 05/12, district 15/12, province 25/12.
/// </summary>
public sealed class ReportTestBed : IAsyncDisposable
{
    public TestDatabase Db { get; private set; } = null!;
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 12, 20, 3, 0, 0, TimeSpan.Zero));
    public ReportService Reports => Db.Services.GetRequiredService<ReportService>();
    public ReportExport Export => Db.Services.GetRequiredService<ReportExport>();
    public int RoundId { get; private set; }
    public UserScope Admin { get; } = new("admin", "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);
    public UserScope ProvinceOfficer { get; private set; } = UserScope.Anonymous;
    public UserScope ProvinceViewer { get; private set; } = UserScope.Anonymous;
    public UserScope DistrictOfficer { get; private set; } = UserScope.Anonymous;
    public UserScope DistrictLeader { get; private set; } = UserScope.Anonymous;
    public UserScope CommuneOfficer { get; private set; } = UserScope.Anonymous;
    public UserScope HanoiOfficer { get; private set; } = UserScope.Anonymous;

    public static async Task<ReportTestBed> CreateAsync(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var bed = new ReportTestBed();
        bed.Db = await TestDatabase.CreateAsync(true, s => s.AddSingleton<TimeProvider>(bed.Clock), interceptors);
        await bed.Db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        await bed.AddUnitsAsync();
        bed.ProvinceOfficer = await bed.ScopeAsync("so.canbo", PortalRoles.ProvinceOfficer, "54");
        bed.ProvinceViewer = await bed.ScopeAsync("tinh.quansat", PortalRoles.Viewer, "54");
        bed.DistrictOfficer = await bed.ScopeAsync("tuyhoa.canbo", PortalRoles.DistrictOfficer, "555");
        bed.DistrictLeader = await bed.ScopeAsync("tuyhoa.lanhdao", PortalRoles.DistrictLeader, "555");
        bed.CommuneOfficer = await bed.ScopeAsync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        bed.HanoiOfficer = await bed.ScopeAsync("phucxa.canbo", PortalRoles.CommuneOfficer, "00001");
        await bed.AddRoundsAsync();
        await bed.AddRewardsAndActivitiesAsync();
        // The history is written directly, past the services: summarised as the seeds do (record 0015).
        await SummaryBackfill.EnsureAsync(bed.Db.Services.GetRequiredService<IDbContextFactory<Portal.Data.PortalDbContext>>());
        return bed;
    }

    public async Task<UserScope> ScopeAsync(string name, string role, string code)
    {
        var unit = await Db.UnitAsync(code);
        return new UserScope("id-" + name, name, new HashSet<string> { role }, unit.Id, unit.Path);
    }

    public async Task<int> UnitIdAsync(string code) => (await Db.UnitAsync(code)).Id;

    private async Task AddUnitsAsync()
    {
        await using var db = Db.Context();
        var province = await db.Units.SingleAsync(u => u.Code == "54");
        var tuyHoa = await db.Units.SingleAsync(u => u.Code == "555");
        var songCau = await db.Units.SingleAsync(u => u.Code == "557");
        var dongXuan = Unit(province, UnitLevel.District, "558", "Huyện Đồng Xuân", "Huyện");
        db.Units.AddRange(dongXuan, Unit(tuyHoa, UnitLevel.Commune, "22018", "Phường 2", "Phường"),
            Unit(songCau, UnitLevel.Commune, "22053", "Xã Xuân Thịnh", "Xã"), Unit(dongXuan, UnitLevel.Commune, "22081", "Thị trấn La Hai", "Thị trấn"));
        await db.SaveChangesAsync();
    }

    private static AdminUnit Unit(AdminUnit parent, UnitLevel level, string code, string name, string type) => new()
    {
        StructureCode = "2024", Level = level, Code = code, Name = name, Type = type, Parent = parent,
        Path = UnitPaths.Child(parent.Path, code), SearchKey = SearchText.Fold(name + " " + code),
    };

    private async Task AddRoundsAsync()
    {
        await Rewards.RewardTestBed.AddYearAsync(Db, 2025, RoundStatus.Closed, ("22015", Recognized));
        var province = await Db.UnitAsync("54");
        await using var db = Db.Context();
        var round = new Round
        {
            Year = 2026, Name = "Đợt 2026", StandardCode = "DEMO-06", ScopeUnitId = province.Id, Chain = ApprovalChain.ThreeLevel,
            EvaluatedFrom = new(2025, 11, 1), EvaluatedTo = new(2026, 10, 31), OpensOn = new(2026, 10, 30), PostingDays = 5,
            Status = RoundStatus.Open,
            Deadlines =
            [
                new() { Stage = RoundStage.SelfAssessment, DueDate = new(2026, 11, 4) }, new() { Stage = RoundStage.Submission, DueDate = new(2026, 11, 14) },
                new() { Stage = RoundStage.CompletenessCheck, DueDate = new(2026, 11, 24) }, new() { Stage = RoundStage.Appraisal, DueDate = new(2026, 12, 4) },
                new() { Stage = RoundStage.Decision, DueDate = new(2026, 12, 14) },
            ],
            ReportDeadlines =
            [
                new() { Level = ReportLevel.Commune, DueDate = new(2026, 12, 5) }, new() { Level = ReportLevel.District, DueDate = new(2026, 12, 15) },
                new() { Level = ReportLevel.Province, DueDate = new(2026, 12, 25) },
            ],
        };
        db.Rounds.Add(round);
        foreach (var code in new[] { "22015", "22045", "22018", "22051", "22052", "22053" })
            db.Registrations.Add(new Registration { Round = round, UnitId = await UnitIdAsync(code), Category = "B", RegisteredAtUtc = new(2026, 10, 20) });
        await db.SaveChangesAsync();
        RoundId = round.Id;

        await AddDossierAsync(db, "22015", Recognized, 950, 930, "15/QĐ-UBND", new(2026, 12, 10),
            (CouncilHeld, Posted, new(2026, 11, 3)), (Posted, Submitted, new(2026, 11, 16)));            // on time, late
        await AddDossierAsync(db, "22045", NotRecognized, 800, 720, "16/QĐ-UBND", new(2026, 12, 10),
            (CouncilHeld, Posted, new(2026, 11, 4)));                                                   // on its due day: on time
        await AddDossierAsync(db, "22018", UnderAppraisal, 900, null, null, null);
        await AddDossierAsync(db, "22051", Recognized, 980, 975, "07/QĐ-UBND", new(2026, 12, 12),
            (CouncilHeld, Posted, new(2026, 11, 1)), (Posted, Submitted, new(2026, 11, 10)), (Submitted, UnderAppraisal, new(2026, 11, 20)));
        await AddDossierAsync(db, "22052", Withdrawn, null, null, null, null, (SelfAssessing, Withdrawn, new(2026, 11, 2))); // giving up is no stage
    }

    private async Task AddDossierAsync(Portal.Data.PortalDbContext db, string code, DossierState state, int? self, int? appraised,
        string? decision, DateOnly? decided, params (DossierState From, DossierState To, DateOnly Day)[] history)
    {
        var dossier = new Dossier
        {
            RoundId = RoundId, UnitId = await UnitIdAsync(code), StandardCode = "DEMO-06", Category = "B", State = state,
            SelfTotal = self, AppraisedTotal = appraised, DecisionNumber = decision, DecisionDate = decided, StateSince = new(2026, 12, 10),
        };
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
        // 03:00 UTC is 10:00 in Vietnam, the same day.
        db.DossierEvents.AddRange(history.Select(h => new DossierEvent
        {
            DossierId = dossier.Id, AtUtc = h.Day.ToDateTime(new TimeOnly(3, 0)), UserName = "test", FromState = h.From, ToState = h.To, Trigger = "test",
        }));
        await db.SaveChangesAsync();
    }

    private async Task AddRewardsAndActivitiesAsync()
    {
        await using var db = Db.Context();
        db.RewardProposals.AddRange(
            new RewardProposal
            {
                UnitId = await UnitIdAsync("22015"), StreakLength = 3, FirstYear = 2024, LastYear = 2026, Years = "2024,2025,2026",
                Level = RewardLevel.District, Status = RewardStatus.Decided, DecisionNumber = "20/QĐ-UBND", DecisionDate = new(2026, 12, 18),
                Form = RewardForm.GiayKhen, AmountVnd = 1_500_000, Signer = "Chủ tịch", CreatedAtUtc = new(2026, 12, 12),
            },
            new RewardProposal
            {
                UnitId = await UnitIdAsync("00001"), StreakLength = 3, FirstYear = 2024, LastYear = 2026, Years = "2024,2025,2026",
                Level = RewardLevel.District, Status = RewardStatus.Proposed, CreatedAtUtc = new(2026, 12, 12),
            });
        db.ProgrammeTargets.AddRange(
            new ProgrammeTarget { UnitId = await UnitIdAsync("555"), Year = 2026, TargetRegistered = 3, TargetRecognised = 2 },
            new ProgrammeTarget { UnitId = await UnitIdAsync("557"), Year = 2026, TargetRegistered = 2 });
        db.CommunicationActivities.AddRange(
            Talk(await UnitIdAsync("22015"), new(2026, 6, 5), CommunicationKind.ActionMonth, 120),
            Talk(await UnitIdAsync("555"), new(2026, 2, 1), CommunicationKind.Tet, 300),
            Talk(await UnitIdAsync("22051"), new(2026, 9, 20), CommunicationKind.MidAutumn, 80),
            Talk(await UnitIdAsync("22051"), new(2025, 9, 20), CommunicationKind.MidAutumn, 999)); // another year
        db.SafeModels.AddRange(
            new SafeModel { UnitId = await UnitIdAsync("22045"), Kind = SafeModelKind.School, Name = "Trường an toàn", StartedOn = new(2024, 1, 1) },
            new SafeModel { UnitId = await UnitIdAsync("22052"), Kind = SafeModelKind.Home, Name = "Nhà an toàn", StartedOn = new(2024, 1, 1), EndedOn = new(2025, 12, 31) });
        db.Inspections.AddRange(
            new Inspection { UnitId = await UnitIdAsync("22052"), Date = new(2026, 10, 1), Team = "Đoàn liên ngành", Findings = "Thiếu sổ",
                FollowUp = "Bổ sung sổ theo dõi", FollowUpDue = new(2026, 11, 15) },
            new Inspection { UnitId = await UnitIdAsync("22015"), Date = new(2026, 8, 1), Team = "Đoàn liên ngành", Findings = "Đạt",
                FollowUp = "Niêm yết lại", FollowUpDue = new(2026, 9, 1), FollowUpDoneOn = new(2026, 8, 20) });
        await db.SaveChangesAsync();
    }

    private static CommunicationActivity Talk(int unitId, DateOnly date, CommunicationKind kind, int audience) =>
        new() { UnitId = unitId, Date = date, Kind = kind, Title = "Truyền thông", AudienceReached = audience };

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();
}
