using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Tests.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rounds;
using Portal.Workflows.Schedule;

namespace Portal.Tests.Rounds;

/// <summary>A round closes (issue 11 item 1): every dossier without a decision ends as not finished, in one transaction, with its history.</summary>
[Trait("Category", "Integration")]
public sealed class RoundClosingTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    private RoundClosing Closing => _bed.Db.Services.GetRequiredService<RoundClosing>();
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Closing_records_for_every_dossier_without_a_decision_that_the_commune_was_not_recognised()
    {
        var submitted = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(submitted);
        var registered = (await _bed.DossierAsync("22045")).Id;

        var closed = await Closing.CloseAsync(UserScope.System, _bed.RoundId);

        Assert.Equal(2, closed.Value);
        await using var db = _bed.Db.Context();
        Assert.Equal(RoundStatus.Closed, (await db.Rounds.SingleAsync(r => r.Id == _bed.RoundId)).Status);
        foreach (var (id, from) in new[] { (submitted, DossierState.Submitted), (registered, DossierState.Registered) })
        {
            Assert.Equal(DossierState.NotFinished, (await db.Dossiers.SingleAsync(d => d.Id == id)).State);
            var last = await db.DossierEvents.Where(e => e.DossierId == id).OrderBy(e => e.Id).LastAsync();
            Assert.Equal((nameof(DossierTrigger.CloseRound), from, DossierState.NotFinished), (last.Trigger, last.FromState, last.ToState));
            Assert.Contains("không được công nhận năm 2026", last.Comment);
        }
        Assert.Equal(0, (await Closing.CloseAsync(UserScope.System, _bed.RoundId)).Value); // closing twice does nothing
    }

    [Fact]
    public async Task The_daily_job_closes_a_round_only_once_its_decision_due_date_and_grace_period_have_passed()
    {
        await using (var db = _bed.Db.Context())
        {
            var due = await db.Set<RoundDeadline>().SingleAsync(d => d.RoundId == _bed.RoundId && d.Stage == RoundStage.Decision);
            (due.DueDate, (await db.Rounds.SingleAsync(r => r.Id == _bed.RoundId)).GraceDays) = (new DateOnly(2026, 12, 25), 30);
            await db.SaveChangesAsync();
        }
        var job = _bed.Db.Services.GetRequiredService<CloseDueRoundsJob>();
        _bed.Clock.Now = new DateTimeOffset(2027, 1, 24, 3, 0, 0, TimeSpan.Zero); // the last day of the grace period
        Assert.Equal(0, await job.RunAsync());
        _bed.Clock.AdvanceDays(1);
        Assert.Equal(1, await job.RunAsync());
        Assert.Equal(DossierState.NotFinished, (await _bed.DossierAsync("22015")).State);
    }

    [Fact]
    public async Task A_district_officer_may_not_close_the_provinces_round_and_the_refusal_is_logged()
    {
        var result = await Closing.CloseAsync(_bed.DistrictOfficer, _bed.RoundId);

        Assert.True(result.IsRefused);
        Assert.Equal(DossierState.Registered, (await _bed.DossierAsync("22015")).State);
        await using var db = _bed.Db.Context();
        Assert.True(await db.AccessRefusals.AnyAsync(r => r.UserName == "tuyhoa.canbo" && r.Resource == $"round:{_bed.RoundId}"));
    }
}
