using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Deadlines;

/// <summary>On-time percentages from the history, against the round's due dates.</summary>
[Trait("Category", "Integration")]
public sealed class OnTimeStatisticsTests
{
    [Fact]
    public async Task Stages_done_by_their_due_date_count_as_on_time_and_late_ones_do_not()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var stats = bed.Db.Services.GetRequiredService<OnTimeStatistics>();
        var id = (await bed.DossierAsync("22015")).Id;
        // Due dates of the bed's round: self-assessment 04/11, submission 14/11, completeness check 24/11.
        await bed.SubmitAsync(id);                       // self-assessment done 02/11, submission 08/11: both on time
        bed.Clock.Now = new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);
        await bed.StepAsync(bed.DistrictOfficer, id, DossierTrigger.AcceptForAppraisal); // check done 30/11: late

        var rows = await stats.ByCommuneAsync(bed.DistrictOfficer, bed.RoundId);
        var phuong1 = rows.Single(r => r.UnitName == "Phường 1");
        Assert.Equal((3, 2, 66.7m), (phuong1.StagesDone, phuong1.OnTime, phuong1.Percent!.Value));
        var binhKien = rows.Single(r => r.UnitName == "Xã Bình Kiến");
        Assert.Equal((0, (decimal?)null), (binhKien.StagesDone, binhKien.Percent));
        Assert.Single(await stats.ByCommuneAsync(bed.CommuneOfficer, bed.RoundId)); // only what the reader may see
    }

    [Theory]
    [InlineData(DossierState.CouncilHeld, DossierState.Posted, true)]
    [InlineData(DossierState.SelfAssessing, DossierState.CouncilHeld, false)]
    [InlineData(DossierState.Submitted, DossierState.ReturnedForSupplement, true)]
    [InlineData(DossierState.Posted, DossierState.Posted, false)]
    [InlineData(DossierState.SelfAssessing, DossierState.Withdrawn, false)]
    [InlineData(DossierState.AtReviewCouncil, DossierState.Recognized, true)]
    public void A_stage_is_done_when_a_step_leaves_it(DossierState from, DossierState to, bool completes) =>
        Assert.Equal(completes, OnTimeStatistics.CompletedStage(from, to) is not null);
}
