using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Rounds;
using Portal.Tests.Rewards;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

/// <summary>
/// Handlers of dossier events work inside the change that raised them: what they add is saved with the step, a failing
/// handler undoes the step, and a step that does not happen raises nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DossierEventTests
{
    /// <summary>Leaves a comment for every step, as a notification or audit handler would leave its row.</summary>
    private sealed class CommentOnStep : IDossierEventHandler<DossierStepTaken>
    {
        public List<DossierStepTaken> Seen { get; } = [];

        public Task HandleAsync(DossierStepTaken e, DossierUnitOfWork work, CancellationToken ct)
        {
            Seen.Add(e);
            work.Db.DossierComments.Add(new DossierComment { DossierId = e.DossierId, AtUtc = work.NowUtc, UserName = "handler", Text = $"{e.From}→{e.To}" });
            return Task.CompletedTask;
        }
    }

    private sealed class FailOnSelfAssessment : IDossierEventHandler<DossierStepTaken>
    {
        public Task HandleAsync(DossierStepTaken e, DossierUnitOfWork work, CancellationToken ct) =>
            e.To == DossierState.SelfAssessing ? throw new InvalidOperationException("handler failed") : Task.CompletedTask;
    }

    private sealed class CountDataChanges : IDossierEventHandler<DossierDataChanged>
    {
        public List<DossierEdit> Edits { get; } = [];

        public Task HandleAsync(DossierDataChanged e, DossierUnitOfWork work, CancellationToken ct)
        {
            Edits.Add(e.Edit);
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Phường 1 recognised in 2024 and 2025, its 2026 dossier at the review council; Xã Bình Kiến recognised 2023–2025,
    /// whose proposal the nightly job makes, not Phường 1's step.
    /// </summary>
    private static async Task<int> TwoYearsRecognisedAtReviewCouncilAsync(DossierTestBed bed)
    {
        await RewardTestBed.AddYearAsync(bed.Db, 2023, RoundStatus.Closed, ("22045", DossierState.Recognized));
        await RewardTestBed.AddYearAsync(bed.Db, 2024, RoundStatus.Closed, ("22015", DossierState.Recognized), ("22045", DossierState.Recognized));
        await RewardTestBed.AddYearAsync(bed.Db, 2025, RoundStatus.Closed, ("22015", DossierState.Recognized), ("22045", DossierState.Recognized));
        var id = (await bed.DossierAsync("22015")).Id;
        await bed.SubmitAsync(id);
        await bed.ToReviewCouncilAsync(id);
        return id;
    }

    private static async Task<int> CommentsAsync(DossierTestBed bed, int id)
    {
        await using var db = bed.Db.Context();
        return await db.DossierComments.CountAsync(c => c.DossierId == id && c.UserName == "handler");
    }

    [Fact]
    public async Task What_a_handler_adds_is_saved_with_the_step_and_a_stale_step_raises_nothing()
    {
        var comments = new CommentOnStep();
        await using var bed = await DossierTestBed.CreateAsync(s => s.AddSingleton<IDossierEventHandler<DossierStepTaken>>(comments));
        var d = await bed.DossierAsync("22015");

        await bed.StepAsync(bed.CommuneOfficer, d.Id, DossierTrigger.StartSelfAssessment);
        var stale = await bed.Steps.FireAsync(bed.CommuneOfficer, d.Id, d.Version, DossierTrigger.Withdraw, "Không đề nghị");

        Assert.True(stale.IsConflict);
        var seen = Assert.Single(comments.Seen);
        Assert.Equal((d.Id, DossierState.Registered, DossierState.SelfAssessing, DossierTrigger.StartSelfAssessment, "phuong1.canbo"),
            (seen.DossierId, seen.From, seen.To, seen.Trigger, seen.UserName));
        Assert.Equal(1, await CommentsAsync(bed, d.Id));
    }

    [Fact]
    public async Task A_failing_handler_rolls_the_step_back_with_everything_the_other_handlers_added()
    {
        await using var bed = await DossierTestBed.CreateAsync(s => s
            .AddSingleton<IDossierEventHandler<DossierStepTaken>>(new CommentOnStep())
            .AddSingleton<IDossierEventHandler<DossierStepTaken>, FailOnSelfAssessment>());
        var d = await bed.DossierAsync("22015");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            bed.Steps.FireAsync(bed.CommuneOfficer, d.Id, d.Version, DossierTrigger.StartSelfAssessment, null));

        var after = await bed.DossierAsync("22015");
        Assert.Equal((DossierState.Registered, d.Version), (after.State, after.Version));
        await using var db = bed.Db.Context();
        Assert.False(await db.DossierEvents.AnyAsync(e => e.DossierId == d.Id));
        Assert.Equal(0, await CommentsAsync(bed, d.Id));
    }

    [Fact]
    public async Task Data_entered_raises_its_own_event_and_a_refused_entry_raises_none()
    {
        var changes = new CountDataChanges();
        await using var bed = await DossierTestBed.CreateAsync(s => s.AddSingleton<IDossierEventHandler<DossierDataChanged>>(changes));
        var d = await bed.DossierAsync("22015");
        await bed.StepAsync(bed.CommuneOfficer, d.Id, DossierTrigger.StartSelfAssessment);

        Assert.False((await bed.Edits.SaveCouncilAsync(bed.CommuneOfficer, d.Id, await bed.VersionAsync(d.Id), new(2099, 1, 1), "7", "x")).Succeeded);
        Assert.True((await bed.Edits.SaveCouncilAsync(bed.CommuneOfficer, d.Id, await bed.VersionAsync(d.Id), new(2026, 11, 1), "7", "x")).Succeeded);

        Assert.Equal([DossierEdit.Council], changes.Edits);
    }

    [Fact]
    public async Task A_recognition_proposes_its_communes_reward_in_the_same_step()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var id = await TwoYearsRecognisedAtReviewCouncilAsync(bed);
        await using (var before = bed.Db.Context()) Assert.False(await before.RewardProposals.AnyAsync());

        await bed.StepAsync(bed.DistrictLeader, id, DossierTrigger.Recognize);

        await using var db = bed.Db.Context();
        var proposal = Assert.Single(await db.RewardProposals.Include(p => p.Unit).ToListAsync());
        Assert.Equal(("22015", RewardLevel.District, "2024,2025,2026", RewardStatus.Proposed),
            (proposal.Unit!.Code, proposal.Level, proposal.Years, proposal.Status));
    }

    [Fact]
    public async Task Refusing_recognition_proposes_nothing()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var id = await TwoYearsRecognisedAtReviewCouncilAsync(bed);

        await bed.StepAsync(bed.DistrictLeader, id, DossierTrigger.RefuseRecognition, "Chưa đạt tiêu chí 2");

        await using var db = bed.Db.Context();
        Assert.False(await db.RewardProposals.AnyAsync());
    }
}
