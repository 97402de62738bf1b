using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Dossiers;

/// <summary>One dossier from registration to recognition, with a return for supplement, by the four people of the chain.</summary>
[Trait("Category", "Integration")]
public class DossierWalkTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    /// <summary>The database the tests run on: SQLite here, PostgreSQL in the subclass of Portal.Tests.Postgres.</summary>
    protected virtual Task<DossierTestBed> CreateBedAsync() => DossierTestBed.CreateAsync();
    public async Task InitializeAsync() => _bed = await CreateBedAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Registration_to_recognition_with_one_return_leaves_every_step_in_the_history()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(id);

        await _bed.StepAsync(_bed.DistrictOfficer, id, DossierTrigger.ReturnForSupplement, "Thiếu minh chứng",
            [new ReturnRequest("criterion:2", "Cần bản sao sổ hộ tịch"), new ReturnRequest("general", "")]);
        var returned = await _bed.DossierAsync("22015");
        Assert.Equal(DossierState.ReturnedForSupplement, returned.State);
        Assert.Null(returned.LeaderSignedOffAtUtc); // the resubmission needs a new sign-off

        var page = (await _bed.Pages.ReadAsync(_bed.CommuneOfficer, id)).Value;
        var item = Assert.Single(page!.Returns);
        Assert.Equal(("criterion:2", 1), (item.Subject, item.ReturnNo));
        Assert.True((await _bed.Edits.AnswerReturnAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), item.Id, "Đã bổ sung bản sao")).Succeeded);
        var early = await _bed.Steps.FireAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), DossierTrigger.Resubmit, null);
        Assert.False(early.Succeeded); // not signed off again yet
        await _bed.StepAsync(_bed.CommuneLeader, id, DossierTrigger.SignOffSubmission);
        await _bed.StepAsync(_bed.CommuneOfficer, id, DossierTrigger.Resubmit);

        await _bed.StepAsync(_bed.DistrictOfficer, id, DossierTrigger.AcceptForAppraisal);
        foreach (var (no, input) in DossierTestBed.Best.Criteria)
        {
            var lowered = no == "2" ? CriterionInput.ForRate(96, 100) : input;
            var withoutReason = await _bed.Edits.SaveAppraisalAsync(_bed.DistrictOfficer, id, await _bed.VersionAsync(id), no, lowered, null);
            Assert.Equal(no != "2", withoutReason.Succeeded); // a changed score needs its reason
            if (no == "2")
                Assert.True((await _bed.Edits.SaveAppraisalAsync(_bed.DistrictOfficer, id, await _bed.VersionAsync(id), no, lowered, "Sổ hộ tịch ghi 96/100")).Succeeded);
        }
        await _bed.StepAsync(_bed.DistrictOfficer, id, DossierTrigger.SendToReviewCouncil);
        await _bed.RecordReviewAsync(id);
        await _bed.StepAsync(_bed.DistrictLeader, id, DossierTrigger.Recognize);

        var done = await _bed.DossierAsync("22015");
        Assert.Equal((DossierState.Recognized, 1000, 975), (done.State, done.SelfTotal!.Value, done.AppraisedTotal!.Value));
        await using var db = _bed.Db.Context();
        var history = await db.DossierEvents.Where(e => e.DossierId == id).OrderBy(e => e.Id).Select(e => e.Trigger).ToListAsync();
        Assert.Equal([
            "StartSelfAssessment", "RecordCouncil", "StartPosting", "SignOffSubmission", "Submit", "ReturnForSupplement",
            "SignOffSubmission", "Resubmit", "AcceptForAppraisal", "SendToReviewCouncil", "Recognize"], history);
        var roles = await db.DossierEvents.Where(e => e.DossierId == id).Select(e => e.Role).Distinct().ToListAsync();
        Assert.Equal(4, roles.Count);
    }

    [Fact]
    public async Task Submission_before_the_posting_ends_is_refused_with_the_reason()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.StepAsync(_bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        var result = await _bed.Steps.FireAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), DossierTrigger.RecordCouncil, null);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("số liệu", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_work_queue_shows_what_waits_for_each_person()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        var communeQueue = await _bed.Queue.ReadAsync(_bed.CommuneOfficer);
        var row = Assert.Single(communeQueue);
        Assert.True(row.WaitsForMe);
        Assert.Equal(id, row.DossierId);
        var districtQueue = await _bed.Queue.ReadAsync(_bed.DistrictOfficer);
        Assert.Equal(2, districtQueue.Count);
        Assert.All(districtQueue, r => Assert.False(r.WaitsForMe));
        await _bed.SubmitAsync(id);
        Assert.True((await _bed.Queue.ReadAsync(_bed.DistrictOfficer)).Single(r => r.DossierId == id).WaitsForMe);
        Assert.False((await _bed.Queue.ReadAsync(_bed.CommuneOfficer)).Single().WaitsForMe);
    }
}
