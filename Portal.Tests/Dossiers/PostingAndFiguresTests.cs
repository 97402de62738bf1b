using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Scoring;
using static Portal.Tests.Dossiers.DossierTestKit;

namespace Portal.Tests.Dossiers;

/// <summary>Posting and figures (issue 11 item 2): a posting long enough and then locked; figures changed after a return shown and re-approved.</summary>
[Trait("Category", "Integration")]
public sealed class PostingAndFiguresTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    private DossierCorrections Corrections => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
        .GetRequiredService<DossierCorrections>(_bed.Db.Services);
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    /// <summary>Phường 1's dossier with its figures entered and its council held (the round's posting lasts 5 days).</summary>
    private async Task<int> CouncilHeldAsync()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.StepAsync(_bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        foreach (var (no, input) in DossierTestBed.Best.Criteria)
            Assert.True((await _bed.Edits.SaveSelfInputAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), no, input, null)).Succeeded);
        Assert.True((await _bed.Edits.SaveCouncilAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), new(2026, 11, 1), "7", "Đề nghị")).Succeeded);
        await _bed.StepAsync(_bed.CommuneOfficer, id, DossierTrigger.RecordCouncil);
        return id;
    }

    [Fact]
    public async Task A_posting_shorter_than_the_rounds_posting_days_is_refused_naming_the_earliest_last_day()
    {
        var id = await CouncilHeldAsync();

        var result = await _bed.Edits.SavePostingAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), new(2026, 11, 2), new(2026, 11, 5), null);

        Assert.False(result.Succeeded);
        Assert.Contains("06/11/2026", Assert.Single(result.Errors));
        Assert.Null((await _bed.DossierAsync("22015")).PostingLastDay);
        Assert.True((await _bed.Edits.SavePostingAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), new(2026, 11, 2), new(2026, 11, 6), null)).Succeeded);
    }

    [Fact]
    public async Task Once_posting_has_started_its_dates_are_locked_and_the_district_corrects_them_with_a_reason_in_the_history()
    {
        var id = await CouncilHeldAsync();
        Assert.True((await _bed.Edits.SavePostingAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), new(2026, 11, 2), new(2026, 11, 6), null)).Succeeded);
        await _bed.StepAsync(_bed.CommuneOfficer, id, DossierTrigger.StartPosting);

        var moved = await _bed.Edits.SavePostingAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), new(2026, 11, 2), new(2026, 11, 3), null);
        Assert.False(moved.Succeeded);
        Assert.True((await _bed.Edits.SavePostingAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), new(2026, 11, 2), new(2026, 11, 6), "Không có ý kiến")).Succeeded);
        Assert.True((await Corrections.CorrectPostingAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), new(2026, 11, 2), new(2026, 11, 9), "x")).IsRefused);
        Assert.False((await Corrections.CorrectPostingAsync(_bed.DistrictOfficer, id, await _bed.VersionAsync(id), new(2026, 11, 2), new(2026, 11, 9), " ")).Succeeded);

        var corrected = await Corrections.CorrectPostingAsync(_bed.DistrictOfficer, id, await _bed.VersionAsync(id), new(2026, 11, 3), new(2026, 11, 9),
            "Bảng niêm yết dựng lại do mưa bão");

        Assert.True(corrected.Succeeded, string.Join("; ", corrected.Errors));
        var d = await _bed.DossierAsync("22015");
        Assert.Equal((new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 9), "Không có ý kiến"), (d.PostingStart!.Value, d.PostingLastDay!.Value, d.PostingRemarks));
        var line = (await _bed.Pages.ReadAsync(_bed.CommuneOfficer, id)).Value!.History.Last();
        Assert.Equal((nameof(DossierRecord.CorrectPosting), "tuyhoa.canbo", DossierState.Posted), (line.Trigger, line.UserName, line.ToState));
        Assert.Equal("02/11/2026–06/11/2026 → 03/11/2026–09/11/2026: Bảng niêm yết dựng lại do mưa bão", line.Comment);
    }

    [Fact]
    public async Task A_figure_changed_after_a_return_is_shown_before_and_after_and_needs_the_council_minutes_again()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(id);
        await _bed.StepAsync(_bed.DistrictOfficer, id, DossierTrigger.ReturnForSupplement, "Số liệu tiêu chí 2", [new ReturnRequest("criterion:2", "Kiểm tra lại")]);
        var before = (await _bed.Pages.ReadAsync(_bed.DistrictOfficer, id)).Value!.Dossier.Criteria.Single(c => c.CriterionNo == "2");
        Assert.True((await _bed.Edits.SaveSelfInputAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), "2", CriterionInput.ForRate(97, 100), null)).Succeeded);
        await _bed.StepAsync(_bed.CommuneLeader, id, DossierTrigger.SignOffSubmission);

        var page = (await _bed.Pages.ReadAsync(_bed.DistrictOfficer, id)).Value!;
        var changed = Assert.Single(page.Dossier.Criteria, c => c.ChangedSinceReturn);
        Assert.Equal(("2", before.SelfInputJson, CriterionInputJson.Write(CriterionInput.ForRate(97, 100))),
            (changed.CriterionNo, changed.ReturnedSelfInputJson, changed.SelfInputJson));
        var refused = await _bed.Steps.FireAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), DossierTrigger.Resubmit, null);
        Assert.Contains(DossierLabels.Vi(DossierGuard.CouncilMinutesRenewed), Assert.Single(refused.Errors));

        // The renewed minutes are a document changed after the sign-off, which voids it (issue 16 item 9): signed again.
        await _bed.AttachAsync(_bed.CommuneOfficer, id, DocumentKind.CouncilMinutes);
        await _bed.StepAsync(_bed.CommuneLeader, id, DossierTrigger.SignOffSubmission);
        await _bed.StepAsync(_bed.CommuneOfficer, id, DossierTrigger.Resubmit);
    }

    [Fact]
    public async Task The_explanatory_notes_are_optional_the_other_three_documents_required()
    {
        var facts = Complete(PostingLastDay.AddDays(1)) with { HasExplanatoryNotes = false };
        Assert.True(Workflow(new TestDossier(DossierState.Posted), ApprovalChain.ThreeLevel, facts, PortalRoles.CommuneOfficer).Check(DossierTrigger.Submit).Allowed);
        Assert.True(Workflow(new TestDossier(DossierState.ReturnedForSupplement), ApprovalChain.TwoLevel, facts, PortalRoles.CommuneOfficer).Check(DossierTrigger.Resubmit).Allowed);
        foreach (var missing in new[] { facts with { HasRequestLetter = false }, facts with { HasSelfAssessmentSheet = false }, facts with { HasCouncilMinutes = false } })
            Assert.False(Workflow(new TestDossier(DossierState.Posted), ApprovalChain.ThreeLevel, missing, PortalRoles.CommuneOfficer).Check(DossierTrigger.Submit).Allowed);
    }
}
