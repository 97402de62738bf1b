using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Rounds;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Rewards;
using Portal.Workflows.Standards;

namespace Portal.Tests.Rewards;

/// <summary>
/// A real database with the sample units and the shipped sets, where a test writes a commune's history year by year
/// (a province round per year, dossiers in final states) and looks at the proposals that follow.
/// </summary>
public sealed class RewardTestBed : IAsyncDisposable
{
    public TestDatabase Db { get; private set; } = null!;
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));
    public RewardService Rewards => Db.Services.GetRequiredService<RewardService>();

    public static async Task<RewardTestBed> CreateAsync()
    {
        var bed = new RewardTestBed();
        bed.Db = await TestDatabase.CreateAsync(true, s => s.AddSingleton<TimeProvider>(bed.Clock));
        await bed.Db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        return bed;
    }

    public async Task<UserScope> ScopeAsync(string name, string role, string code)
    {
        var unit = await Db.UnitAsync(code);
        return new UserScope("id-" + name, name, new HashSet<string> { role }, unit.Id, unit.Path);
    }

    /// <summary>A round of Phú Yên for <paramref name="year"/>, with a dossier in the given state per commune code.</summary>
    public Task AddYearAsync(int year, RoundStatus status, params (string Code, DossierState State)[] dossiers) =>
        AddYearAsync(Db, year, status, dossiers);

    public static async Task AddYearAsync(TestDatabase database, int year, RoundStatus status, params (string Code, DossierState State)[] dossiers)
    {
        var province = await database.UnitAsync("54");
        await using var db = database.Context();
        var round = new Round
        {
            Year = year, Name = $"Đợt {year}", StandardCode = "DEMO-06", ScopeUnitId = province.Id, Chain = ApprovalChain.ThreeLevel,
            EvaluatedFrom = new(year - 1, 11, 1), EvaluatedTo = new(year, 10, 31), OpensOn = new(year, 11, 1), PostingDays = 10,
            Status = status,
        };
        db.Rounds.Add(round);
        foreach (var (code, state) in dossiers)
            db.Dossiers.Add(new Dossier
            {
                Round = round, UnitId = (await database.UnitAsync(code)).Id, StandardCode = "DEMO-06", Category = "B", State = state,
                StateSince = new(year, 12, 20),
            });
        await db.SaveChangesAsync();
    }

    /// <summary>Closed rounds from <paramref name="first"/>, each recognising the listed communes.</summary>
    public async Task RecognisedYearsAsync(int first, int last, params string[] codes)
    {
        for (var year = first; year <= last; year++)
            await AddYearAsync(year, RoundStatus.Closed, [.. codes.Select(c => (c, DossierState.Recognized))]);
    }

    public async Task<List<RewardProposal>> ProposalsAsync()
    {
        await using var db = Db.Context();
        return await db.RewardProposals.AsNoTracking().Include(p => p.Unit).OrderBy(p => p.Id).ToListAsync();
    }

    public async Task<RewardProposal> ProposalAsync(string code, RewardLevel level) =>
        (await ProposalsAsync()).Single(p => p.Unit!.Code == code && p.Level == level);

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();
}
