using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Cli;

/// <summary>
/// The seed-national verb on a real SQLite file in its own data folder, limited to Thành phố Đà Nẵng (48), the
/// province with the fewest communes (47) in the 2024 structure. The folder starts as a fresh install
/// (<see cref="PortalTemplate"/>), so the verb's own preparation of the database finds nothing to do.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SeedNationalVerbTests : IDisposable
{
    private const string Province = "48";
    private readonly TestFolder _dir = new("seed");

    private async Task<(int? Status, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var status = await PortalCli.TryRunAsync(["seed-national", .. args, $"--Portal:DataDir={_dir.Path}"], stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    private PortalDbContext Open() => new(new DbContextOptionsBuilder<PortalDbContext>()
        .UseSqlite($"Data Source={_dir.File("portal.db")};Pooling=False").Options);

    private async Task<(int Rounds, int Registrations, int Dossiers, int Criteria, int Events)> CountAsync()
    {
        await using var db = Open();
        return (await db.Rounds.CountAsync(), await db.Registrations.CountAsync(), await db.Dossiers.CountAsync(),
            await db.CriterionEntries.CountAsync(), await db.DossierEvents.CountAsync());
    }

    [Fact]
    public async Task Seeds_one_province_for_two_past_years_as_the_workflow_would_and_a_second_run_adds_nothing()
    {
        await PortalTemplate.CopyFreshToAsync(_dir);
        var first = await RunAsync("--province", Province, "--rounds", "2");
        Assert.Equal(0, first.Status);
        Assert.Contains("[1/1] Thành phố Đà Nẵng:", first.Out);

        await using var db = Open();
        var lastYear = PortalClock.Today(TimeProvider.System).Year - 1;
        var rounds = await db.Rounds.Include(r => r.Deadlines).Include(r => r.ScopeUnit).OrderBy(r => r.Year).ToListAsync();
        Assert.Equal([lastYear - 1, lastYear], rounds.Select(r => r.Year));
        Assert.All(rounds, r =>
        {
            Assert.Equal(("seed-national", RoundStatus.Closed, ApprovalChain.ThreeLevel, "DEMO-06", Province),
                (r.CreatedBy, r.Status, r.Chain, r.StandardCode, r.ScopeUnit!.Code));
            Assert.Equal($"Đợt {r.Year} — dữ liệu quy mô quốc gia", r.Name);
            Assert.Equal(Enum.GetValues<RoundStage>().Order(), r.Deadlines.Select(d => d.Stage).Order());
        });

        var communes = await db.Units.Where(u => u.Level == UnitLevel.Commune && u.Path.StartsWith("/2024/48/")).Select(u => u.Id).ToListAsync();
        Assert.Equal(47, communes.Count);
        var set = StandardSetFormat.Read(await db.StandardSets.Where(s => s.Code == "DEMO-06").Select(s => s.Json).SingleAsync()).Set!;
        foreach (var round in rounds)
        {
            var registered = await db.Registrations.Where(r => r.RoundId == round.Id).Select(r => r.UnitId).ToListAsync();
            Assert.InRange(registered.Count, communes.Count * 3 / 4, communes.Count);
            Assert.Subset(communes.ToHashSet(), registered.ToHashSet());
            var dossiers = await db.Dossiers.Include(d => d.Criteria).Where(d => d.RoundId == round.Id).ToListAsync();
            Assert.Equal(registered.Order(), dossiers.Select(d => d.UnitId).Order());
            Assert.Contains(dossiers, d => d.State == DossierState.Recognized);
            foreach (var d in dossiers) await AssertFinishedAsync(db, set, round, d);
        }
        await AssertSomeStagesLateAsync(db, rounds);

        var before = await CountAsync();
        var second = await RunAsync("--province", Province, "--rounds", "2");
        Assert.Equal(0, second.Status);
        Assert.Contains("0 đợt mới, 2 đợt đã có", second.Out);
        Assert.Equal(before, await CountAsync());

        var unknown = await RunAsync("--province", "99");
        Assert.Equal(2, unknown.Status);
        Assert.Contains("Không có tỉnh mã 99", unknown.Err);
    }

    /// <summary>A final state reached step by step along the workflow, within the round, scored by the engine.</summary>
    private static async Task AssertFinishedAsync(PortalDbContext db, StandardSet set, Round round, Dossier d)
    {
        Assert.Contains(d.State, new[] { DossierState.Recognized, DossierState.NotRecognized, DossierState.Withdrawn });
        Assert.Equal(13, d.Criteria.Count);
        Assert.All(d.Criteria, c => Assert.NotNull(c.SelfPoints));
        Assert.Equal(DossierScoring.SelfScore(set, d).Total, d.SelfTotal);

        var events = await db.DossierEvents.Where(e => e.DossierId == d.Id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
        Assert.Equal(DossierState.Registered, events[0].FromState);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (i > 0) Assert.Equal(events[i - 1].ToState, e.FromState);
            Assert.Contains(DossierWorkflow.Transitions, t => t.From == e.FromState && t.Trigger.ToString() == e.Trigger && t.To == e.ToState);
            var day = DateOnly.FromDateTime(e.AtUtc + PortalClock.VietnamOffset);
            Assert.InRange(day, round.OpensOn, new DateOnly(round.Year, 12, 31));
        }
        Assert.Equal(d.State, events[^1].ToState);
        Assert.Equal(events.Count, d.Version);

        if (d.State == DossierState.Withdrawn)
        {
            Assert.Null(d.AppraisedTotal);
            return;
        }
        var appraised = DossierScoring.AppraisedScore(set, d);
        Assert.All(d.Criteria, c => Assert.NotNull(c.AppraisedPoints));
        Assert.Equal(appraised.Total, d.AppraisedTotal);
        var recognized = d.State == DossierState.Recognized;
        Assert.Equal(recognized ? Verdict.Recognized : Verdict.NotRecognized, appraised.Verdict);
        Assert.NotNull(d.DecisionNumber);
        Assert.NotNull(d.DecisionDate);
    }

    /// <summary>Measured as the dashboard does: a stage is late when the step that finishes it falls after its due date.</summary>
    private static async Task AssertSomeStagesLateAsync(PortalDbContext db, IReadOnlyList<Round> rounds)
    {
        var due = rounds.SelectMany(r => r.Deadlines.Select(d => (r.Id, d.Stage, d.DueDate))).ToDictionary(x => (x.Id, x.Stage), x => x.DueDate);
        var steps = await db.DossierEvents.Join(db.Dossiers, e => e.DossierId, d => d.Id, (e, d) => new { d.RoundId, e.FromState, e.ToState, e.AtUtc })
            .ToListAsync();
        var finished = steps.Select(s => (s.RoundId, Stage: OnTimeStatistics.CompletedStage(s.FromState, s.ToState),
            Day: DateOnly.FromDateTime(s.AtUtc + PortalClock.VietnamOffset))).Where(s => s.Stage is not null).ToList();
        var late = finished.Count(s => s.Day > due[(s.RoundId, s.Stage!.Value)]);
        Assert.InRange(late, 1, finished.Count / 2);
    }

    [Fact]
    public async Task Refuses_a_database_with_a_round_it_did_not_create_unless_forced()
    {
        await PortalTemplate.CopyFreshToAsync(_dir);
        Assert.Equal(0, (await RunAsync("--province", Province, "--rounds", "1")).Status);
        await using (var db = Open())
        {
            var province = await db.Units.SingleAsync(u => u.StructureCode == "2024" && u.Code == Province);
            var (from, to) = Round.DefaultPeriod(2020);
            db.Rounds.Add(new Round
            {
                Year = 2020, Name = "Đợt thật 2020", StandardCode = "DEMO-06", ScopeUnitId = province.Id, Chain = ApprovalChain.ThreeLevel,
                EvaluatedFrom = from, EvaluatedTo = to, OpensOn = new DateOnly(2020, 11, 1), PostingDays = 10,
                Status = RoundStatus.Registration, CreatedBy = "so.canbo",
            });
            await db.SaveChangesAsync();
        }
        var before = await CountAsync();

        var refused = await RunAsync("--province", Province, "--rounds", "3");
        Assert.Equal(1, refused.Status);
        Assert.Contains("Cơ sở dữ liệu đã có dữ liệu thật", refused.Err);
        Assert.Contains(" / The database holds real data", refused.Err);
        Assert.Equal(before, await CountAsync());

        var forced = await RunAsync("--province", Province, "--rounds", "3", "--force");
        Assert.Equal(0, forced.Status);
        Assert.Contains("2 đợt mới, 1 đợt đã có", forced.Out);
        var after = await CountAsync();
        Assert.Equal(before.Rounds + 2, after.Rounds);
        Assert.True(after.Dossiers > before.Dossiers);
    }

    [Theory]
    [InlineData("--rounds", "0")]
    [InlineData("--rounds", "31")]
    [InlineData("--rounds", "zehn")]
    [InlineData("--rounds")]
    [InlineData("--province")]
    [InlineData("--everything")]
    public async Task Answers_bad_arguments_with_status_2_before_touching_the_database(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.Equal(2, result.Status);
        Assert.Contains("Cách dùng: seed-national [--rounds 1..30]", result.Err);
        Assert.Contains(" / Usage: seed-national", result.Err);
        Assert.False(File.Exists(_dir.File("portal.db")));
    }

    public void Dispose() => _dir.Dispose();
}
