using Bunit;
using MudBlazor;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Web.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Components;

/// <summary>
/// The documents tab: each document with its current file, a labelled picker to replace it, a removal that asks first,
/// and the earlier versions folded under it; the page says why a sign-off was voided.
/// </summary>
public sealed class DocumentsPanelTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    private int _id;

    public async Task InitializeAsync()
    {
        _bed = await DossierTestBed.CreateAsync();
        _id = (await _bed.DossierAsync("22015")).Id;
        await _bed.PostWithDocumentsAsync(_id);
        await _bed.StepAsync(_bed.CommuneLeader, _id, DossierTrigger.SignOffSubmission);
        await _bed.AttachAsync(_bed.CommuneOfficer, _id, DocumentKind.RequestLetter); // a second version, after the sign-off
    }

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_replaced_document_shows_its_earlier_version_and_the_page_says_why_the_sign_off_was_voided()
    {
        await using var host = new DossierPageHost(_bed, _bed.CommuneOfficer, interactive: true);

        var documents = await host.PanelAsync<DocumentsPanel>(_bed.CommuneOfficer, _id);
        var actions = await host.PanelAsync<DossierActions>(_bed.CommuneOfficer, _id);
        var history = await host.PanelAsync<HistoryPanel>(_bed.CommuneOfficer, _id);

        var letter = documents.Find(".doc-row[data-kind='RequestLetter']");
        Assert.Single(letter.QuerySelectorAll(".file-link"));
        Assert.Contains("Phiên bản trước (1)", letter.QuerySelector(".old-versions")!.TextContent);
        Assert.Contains("đã được thay ngày", letter.QuerySelector(".old-version")!.TextContent);
        Assert.Equal("Thay tệp", letter.QuerySelector("label.file-pick-button")!.TextContent.Trim());
        Assert.Contains("Tờ trình đề nghị công nhận của UBND xã", actions.Find("#sign-off-voided").TextContent);
        Assert.Contains("cần ký duyệt lại", actions.Find("#sign-off-voided").TextContent);
        Assert.Contains(history.FindAll(".history-step"), s => s.TextContent == "Hủy ký duyệt do có thay đổi");
    }

    [Fact]
    public async Task Removing_a_file_asks_first_and_says_it_stays_in_the_history()
    {
        await using var host = new DossierPageHost(_bed, _bed.CommuneOfficer, interactive: true);
        var dialogs = host.Render<MudDialogProvider>();
        var documents = await host.PanelAsync<DocumentsPanel>(_bed.CommuneOfficer, _id);

        documents.Find(".doc-row[data-kind='CouncilMinutes'] .doc-remove").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("vẫn tải xuống được", dialogs.Find(".confirm-dialog").TextContent));
        dialogs.Find("#confirm-no").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".confirm-dialog")));
        Assert.Null((await _bed.Pages.ReadAsync(_bed.CommuneOfficer, _id)).Value!.Dossier.Files
            .Single(f => f.Kind == DocumentKind.CouncilMinutes).SupersededAtUtc);

        documents.Find(".doc-row[data-kind='CouncilMinutes'] .doc-remove").Click();
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("#confirm-yes")));
        dialogs.Find("#confirm-yes").Click();
        await WaitUntilAsync(async () => (await _bed.Pages.ReadAsync(_bed.CommuneOfficer, _id)).Value!.Dossier.Files
            .Single(f => f.Kind == DocumentKind.CouncilMinutes).Removed);
    }

    [Fact]
    public async Task After_submission_the_district_reads_every_version_without_a_picker()
    {
        await _bed.StepAsync(_bed.CommuneLeader, _id, DossierTrigger.SignOffSubmission);
        _bed.Clock.AdvanceDays(6);
        await _bed.StepAsync(_bed.CommuneOfficer, _id, DossierTrigger.Submit);
        await using var host = new DossierPageHost(_bed, _bed.DistrictOfficer, interactive: true);

        var documents = await host.PanelAsync<DocumentsPanel>(_bed.DistrictOfficer, _id);

        Assert.Empty(documents.FindAll("input[type=file], .doc-remove"));
        Assert.Single(documents.FindAll(".old-file-link"));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++) await Task.Delay(50);
        Assert.True(await condition());
    }
}
