using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Dossiers;

/// <summary>
/// Until submission the commune replaces or removes a wrong file; every version stays, marked superseded and readable
/// like the dossier. A document or figure changed after the leader's sign-off voids it, and the history says why.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DossierFileVersionTests : PostedDossierTests
{
    private async Task<List<DossierFile>> FilesAsync()
    {
        await using var db = Bed.Db.Context();
        return await db.DossierFiles.AsNoTracking().Where(f => f.DossierId == Id).OrderBy(f => f.Id).ToListAsync();
    }

    private async Task<Outcome<int>> UploadAsync(DocumentKind kind, string name, string? criterion = null)
    {
        using var content = new MemoryStream("%PDF-1.4 v2"u8.ToArray());
        return await Bed.Files.AddAsync(Bed.CommuneOfficer, Id, await Bed.VersionAsync(Id), kind, criterion,
            new IncomingFile(name, "application/pdf", content.Length, content));
    }

    private async Task<List<DossierEvent>> VoidedAsync()
    {
        await using var db = Bed.Db.Context();
        return await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == Id && e.Trigger == SignOffVoiding.HistoryTrigger).ToListAsync();
    }

    [Fact]
    public async Task A_new_version_of_a_document_after_the_sign_off_voids_it_and_the_history_says_which()
    {
        await Bed.StepAsync(Bed.CommuneLeader, Id, DossierTrigger.SignOffSubmission);
        var first = (await FilesAsync()).Single(f => f.Kind == DocumentKind.RequestLetter);

        Assert.True((await UploadAsync(DocumentKind.RequestLetter, "to-trinh-dung.pdf")).Succeeded);

        var letters = (await FilesAsync()).Where(f => f.Kind == DocumentKind.RequestLetter).ToList();
        Assert.Equal(2, letters.Count);
        Assert.Equal((first.Id, false), (letters[0].Id, letters[0].Removed));
        Assert.NotNull(letters[0].SupersededAtUtc);
        Assert.Equal(("to-trinh-dung.pdf", null), (letters[1].OriginalName, letters[1].SupersededAtUtc));
        Assert.Null((await Bed.DossierAsync("22015")).LeaderSignedOffAtUtc);
        var voided = Assert.Single(await VoidedAsync());
        Assert.Equal(("document:RequestLetter", "phuong1.canbo"), (voided.Comment, voided.UserName));
        var page = (await Bed.Pages.ReadAsync(Bed.CommuneOfficer, Id)).Value!;
        Assert.Equal(SignOffVoiding.HistoryTrigger, page.VoidedSignOff?.Trigger);
        Assert.Contains(page.BlockedSteps.Single(b => b.Trigger == DossierTrigger.Submit).UnmetGuards, g => g == DossierGuard.LeaderSignedOff);
    }

    [Fact]
    public async Task A_changed_figure_voids_the_sign_off_but_the_same_figure_saved_again_does_not()
    {
        // Figures change only while self-assessing or after a return: returned, then signed off again.
        await Bed.StepAsync(Bed.CommuneLeader, Id, DossierTrigger.SignOffSubmission);
        Bed.Clock.AdvanceDays(6);
        await Bed.StepAsync(Bed.CommuneOfficer, Id, DossierTrigger.Submit);
        await Bed.StepAsync(Bed.DistrictOfficer, Id, DossierTrigger.ReturnForSupplement, "Xem lại tiêu chí 2",
            [new ReturnRequest("criterion:2", "Số liệu chưa khớp sổ hộ tịch")]);
        await Bed.StepAsync(Bed.CommuneLeader, Id, DossierTrigger.SignOffSubmission);
        Assert.True((await Bed.Edits.SaveSelfInputAsync(Bed.CommuneOfficer, Id, await Bed.VersionAsync(Id), "2",
            DossierTestBed.Best.Criteria["2"], "Sổ theo dõi")).Succeeded);
        Assert.Empty(await VoidedAsync());

        Assert.True((await Bed.Edits.SaveSelfInputAsync(Bed.CommuneOfficer, Id, await Bed.VersionAsync(Id), "2",
            CriterionInput.ForRate(99, 100), "Sổ theo dõi")).Succeeded);

        Assert.Equal("criterion:2", Assert.Single(await VoidedAsync()).Comment);
        Assert.Null((await Bed.DossierAsync("22015")).LeaderSignedOffAtUtc);
    }

    [Fact]
    public async Task A_removed_document_no_longer_counts_but_stays_readable_like_the_dossier()
    {
        var letter = (await FilesAsync()).Single(f => f.Kind == DocumentKind.RequestLetter);

        Assert.True((await Bed.Files.RemoveAsync(Bed.CommuneOfficer, Id, await Bed.VersionAsync(Id), letter.Id)).Succeeded);

        var removed = (await FilesAsync()).Single(f => f.Id == letter.Id);
        Assert.Equal((true, "phuong1.canbo"), (removed.Removed, removed.SupersededBy));
        var page = (await Bed.Pages.ReadAsync(Bed.CommuneOfficer, Id)).Value!;
        Assert.Contains(DossierGuard.HasRequestLetter, page.BlockedSteps.Single(b => b.Trigger == DossierTrigger.Submit).UnmetGuards);
        Assert.True((await Bed.Files.OpenAsync(Bed.DistrictOfficer, letter.Id)).Succeeded);
        Assert.True((await Bed.Files.OpenAsync(Bed.OtherCommuneOfficer, letter.Id)).IsRefused);
        var again = await Bed.Files.RemoveAsync(Bed.CommuneOfficer, Id, await Bed.VersionAsync(Id), letter.Id);
        Assert.True(again.IsInvalid); // already out of the dossier
    }

    [Fact]
    public async Task Evidence_is_replaced_for_the_same_criterion_and_nothing_changes_after_submission()
    {
        Assert.True((await UploadAsync(DocumentKind.Evidence, "so-ho-tich.pdf", "2")).Succeeded);
        var evidence = (await FilesAsync()).Single(f => f.Kind == DocumentKind.Evidence);
        using (var content = new MemoryStream("%PDF-1.4 v3"u8.ToArray()))
            Assert.True((await Bed.Files.ReplaceAsync(Bed.CommuneOfficer, Id, await Bed.VersionAsync(Id), evidence.Id,
                new IncomingFile("so-ho-tich-2026.pdf", "application/pdf", content.Length, content))).Succeeded);

        var both = (await FilesAsync()).Where(f => f.Kind == DocumentKind.Evidence).ToList();
        Assert.Equal([("so-ho-tich.pdf", "2", true), ("so-ho-tich-2026.pdf", "2", false)],
            both.Select(f => (f.OriginalName, f.CriterionNo, f.SupersededAtUtc is not null)));

        await Bed.StepAsync(Bed.CommuneLeader, Id, DossierTrigger.SignOffSubmission);
        Bed.Clock.AdvanceDays(6);
        await Bed.StepAsync(Bed.CommuneOfficer, Id, DossierTrigger.Submit);
        var late = await Bed.Files.RemoveAsync(Bed.CommuneOfficer, Id, await Bed.VersionAsync(Id), both[1].Id);
        Assert.True(late.IsInvalid);
        Assert.Null((await FilesAsync()).Single(f => f.Id == both[1].Id).SupersededAtUtc);
    }
}
