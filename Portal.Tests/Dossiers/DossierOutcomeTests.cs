using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;

namespace Portal.Tests.Dossiers;

/// <summary>How the dossier use cases answer: refused (logged once), not found (not logged), conflict (nothing saved).</summary>
[Trait("Category", "Integration")]
public sealed class DossierOutcomeTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private async Task<int> RefusalsAsync(string userName)
    {
        await using var db = _bed.Db.Context();
        return await db.AccessRefusals.CountAsync(r => r.UserName == userName);
    }

    [Fact]
    public async Task Another_communes_dossier_is_refused_and_logged_once_a_missing_one_is_not_found_and_not_logged()
    {
        var other = await _bed.DossierAsync("22045");

        var refused = await _bed.Pages.ReadAsync(_bed.CommuneOfficer, other.Id);
        Assert.Equal(1, await RefusalsAsync("phuong1.canbo"));
        var missing = await _bed.Pages.ReadAsync(_bed.CommuneOfficer, 999_999);

        Assert.Equal((OutcomeKind.Refused, OutcomeKind.NotFound), (refused.Kind, missing.Kind));
        Assert.True(refused.IsHidden && missing.IsHidden);
        Assert.Equal(1, await RefusalsAsync("phuong1.canbo"));
    }

    [Fact]
    public async Task A_step_or_an_edit_on_a_stale_version_is_a_conflict_that_saves_nothing()
    {
        var d = await _bed.DossierAsync("22015");
        await _bed.StepAsync(_bed.CommuneOfficer, d.Id, DossierTrigger.StartSelfAssessment);

        var step = await _bed.Steps.FireAsync(_bed.CommuneOfficer, d.Id, d.Version, DossierTrigger.Withdraw, "Không đề nghị");
        var edit = await _bed.Edits.SaveCouncilAsync(_bed.CommuneOfficer, d.Id, d.Version, new(2026, 11, 1), "7", "Đề nghị");

        Assert.True(step.IsConflict);
        Assert.True(edit.IsConflict);
        var after = await _bed.DossierAsync("22015");
        Assert.Equal((DossierState.SelfAssessing, d.Version + 1, (DateOnly?)null), (after.State, after.Version, after.CouncilDate));
    }

    [Fact]
    public async Task A_role_that_never_takes_a_step_is_refused_a_wrong_stage_is_invalid()
    {
        var d = await _bed.DossierAsync("22015");
        var role = await _bed.Steps.FireAsync(_bed.DistrictOfficer, d.Id, d.Version, DossierTrigger.StartSelfAssessment, null);
        var stage = await _bed.Edits.SaveCouncilAsync(_bed.CommuneOfficer, d.Id, d.Version, new(2026, 11, 1), "7", "Đề nghị");
        var missing = await _bed.Edits.SaveCouncilAsync(_bed.CommuneOfficer, 999_999, 1, new(2026, 11, 1), "7", "Đề nghị");

        Assert.Equal((OutcomeKind.Refused, OutcomeKind.Invalid, OutcomeKind.NotFound), (role.Kind, stage.Kind, missing.Kind));
        Assert.Equal(1, await RefusalsAsync("tuyhoa.canbo"));
        Assert.Equal(0, await RefusalsAsync("phuong1.canbo"));
    }

    [Fact]
    public async Task Reading_the_page_scores_the_dossier_once()
    {
        var d = await _bed.DossierAsync("22015");
        await _bed.SubmitAsync(d.Id);
        var before = _bed.Scoring.DossiersScored;

        var page = (await _bed.Pages.ReadAsync(_bed.DistrictOfficer, d.Id)).Value!;

        Assert.Equal(1, _bed.Scoring.DossiersScored - before);
        Assert.Equal(1000, page.SelfScore.Total);
        Assert.Contains(DossierTrigger.AcceptForAppraisal, page.PermittedTriggers);
    }
}
