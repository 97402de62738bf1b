using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Standards;
using Portal.Workflows.Summaries;

namespace Portal.Tests.Dashboard;

/// <summary>
/// A small hand-built history whose every figure is known, for the dashboard and its lists. Phú Yên (54): districts
/// Tuy Hoà (555: 22015, 22045) and Sông Cầu (557: 22051, 22052); Hà Nội (01: 00001) only counts nationally.
///
/// 2024: 22051 recognised.
/// 2025: 22015 recognised (950), 22045 not recognised (700; criterion 3 appraised 0, criterion 5 only self-assessed, 0),
///       22051 recognised (900; criterion 3 appraised 0, criterion 9 appraised 60 of 75), 22052 withdrawn.
/// 2026: 22015 under appraisal, history: stage 1 done 08/11 (due 10/11, on time), stage 2 done 16/11 (due 15/11, late),
///       stage 3 done 18/11 (due 20/11, on time); 22045 registered; 22051 recognised (880); 00001 (Hà Nội) recognised.
/// </summary>
public static class DashboardData
{
    public static async Task SeedAsync(TestDatabase db)
    {
        await db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        var (phuYen, haNoi) = ((await db.UnitAsync("54")).Id, (await db.UnitAsync("01")).Id);
        await using var ctx = db.Context();
        var r2024 = Round(2024, phuYen); var r2025 = Round(2025, phuYen); var r2026 = Round(2026, phuYen); var hn2026 = Round(2026, haNoi);
        ctx.Rounds.AddRange(r2024, r2025, r2026, hn2026);
        await ctx.SaveChangesAsync();

        async Task<Dossier> Add(Round round, string code, DossierState state, int? self, int? appraised, params (string No, int? Self, int? Appraised)[] zeros)
        {
            var unitId = (await db.UnitAsync(code)).Id;
            ctx.Registrations.Add(new Registration { RoundId = round.Id, UnitId = unitId, Category = "B" });
            var dossier = new Dossier
            {
                RoundId = round.Id, UnitId = unitId, StandardCode = "DEMO-06", Category = "B", State = state, SelfTotal = self,
                AppraisedTotal = appraised, DecisionNumber = state == DossierState.Recognized ? $"{round.Year}/QĐ-{code}" : null,
            };
            // Every criterion at its DEMO-06 maximum unless listed with its own self-assessed and appraised points.
            if (self is not null)
                dossier.Criteria = MaxPoints.Select(m => m.Key).Select(no =>
                {
                    var z = zeros.FirstOrDefault(x => x.No == no);
                    return z.No is null
                        ? new CriterionEntry { CriterionNo = no, SelfPoints = MaxPoints[no], AppraisedPoints = appraised is null ? null : MaxPoints[no] }
                        : new CriterionEntry { CriterionNo = no, SelfPoints = z.Self, AppraisedPoints = z.Appraised };
                }).ToList();
            ctx.Dossiers.Add(dossier);
            return dossier;
        }

        await Add(r2024, "22051", DossierState.Recognized, 900, 900);
        await Add(r2025, "22015", DossierState.Recognized, 960, 950);
        await Add(r2025, "22045", DossierState.NotRecognized, 720, 700, ("3", 20, 0), ("5", 0, null));
        await Add(r2025, "22051", DossierState.Recognized, 910, 900, ("3", 75, 0), ("9", 75, 60));
        await Add(r2025, "22052", DossierState.Withdrawn, null, null);
        var underWay = await Add(r2026, "22015", DossierState.UnderAppraisal, 940, null);
        await Add(r2026, "22045", DossierState.Registered, null, null);
        await Add(r2026, "22051", DossierState.Recognized, 880, 880);
        await Add(hn2026, "00001", DossierState.Recognized, 990, 990);
        await ctx.SaveChangesAsync();

        DossierEvent Step(int day, DossierState from, DossierState to) => new()
        {
            DossierId = underWay.Id, AtUtc = new DateTime(2026, 11, day, 3, 0, 0, DateTimeKind.Utc), UserName = "test",
            FromState = from, ToState = to, Trigger = "Test",
        };
        ctx.DossierEvents.AddRange(
            Step(1, DossierState.Registered, DossierState.SelfAssessing),
            Step(5, DossierState.SelfAssessing, DossierState.CouncilHeld),
            Step(8, DossierState.CouncilHeld, DossierState.Posted),
            Step(16, DossierState.Posted, DossierState.Submitted),
            Step(18, DossierState.Submitted, DossierState.UnderAppraisal));
        await ctx.SaveChangesAsync();
        // The history is written directly, past the services: summarised as the seeds do (record 0015).
        await SummaryBackfill.EnsureAsync(db.Services.GetRequiredService<IDbContextFactory<Portal.Data.PortalDbContext>>());
    }

    private static readonly Dictionary<string, int> MaxPoints = new()
    {
        ["1"] = 100, ["2"] = 75, ["3"] = 75, ["4"] = 75, ["5"] = 75, ["6"] = 125, ["7"] = 50,
        ["8"] = 75, ["9"] = 75, ["10"] = 75, ["11"] = 75, ["12"] = 50, ["13"] = 75,
    };

    /// <summary>A round whose stages fall due on the 10th, 15th, 20th, 25th and 30th of November of its year.</summary>
    private static Round Round(int year, int scopeUnitId) => new()
    {
        Year = year, Name = $"Đợt {year}", StandardCode = "DEMO-06", ScopeUnitId = scopeUnitId, Chain = ApprovalChain.ThreeLevel,
        EvaluatedFrom = new(year - 1, 11, 1), EvaluatedTo = new(year, 10, 31), OpensOn = new(year, 10, 30), PostingDays = 5,
        Status = year < 2026 ? RoundStatus.Closed : RoundStatus.Open,
        Deadlines =
        [
            new() { Stage = RoundStage.SelfAssessment, DueDate = new(year, 11, 10) },
            new() { Stage = RoundStage.Submission, DueDate = new(year, 11, 15) },
            new() { Stage = RoundStage.CompletenessCheck, DueDate = new(year, 11, 20) },
            new() { Stage = RoundStage.Appraisal, DueDate = new(year, 11, 25) },
            new() { Stage = RoundStage.Decision, DueDate = new(year, 11, 30) },
        ],
    };
}
