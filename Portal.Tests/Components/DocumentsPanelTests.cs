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
[Trait("Category", "Component")]
public sealed class DocumentsPanelTests : PostedDossierTests
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Bed.StepAsync(Bed.CommuneLeader, Id, DossierTrigger.SignOffSubmission);
        await Bed.AttachAsync(Bed.CommuneOfficer, Id, DocumentKind.RequestLetter); // a second version, after the sign-off
    }

    [Fact]
    public async Task A_replaced_document_shows_its_earlier_version_and_the_page_says_why_the_sign_off_was_voided()
    {
        await using var host = new DossierPageHost(Bed, Bed.CommuneOfficer, interactive: true);

        var documents = await host.PanelAsync<DocumentsPanel>(Bed.CommuneOfficer, Id);
        var actions = await host.PanelAsync<DossierActions>(Bed.CommuneOfficer, Id);
        var history = await host.PanelAsync<HistoryPanel>(Bed.CommuneOfficer, Id);

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
        await using var host = new DossierPageHost(Bed, Bed.CommuneOfficer, interactive: true);
        var dialogs = host.Render<MudDialogProvider>();
        var documents = await host.PanelAsync<DocumentsPanel>(Bed.CommuneOfficer, Id);

        documents.Find(".doc-row[data-kind='CouncilMinutes'] .doc-remove").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("vẫn tải xuống được", dialogs.Find(".confirm-dialog").TextContent));
        dialogs.Find("#confirm-no").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".confirm-dialog")));
        Assert.Null((await Bed.Pages.ReadAsync(Bed.CommuneOfficer, Id)).Value!.Dossier.Files
            .Single(f => f.Kind == DocumentKind.CouncilMinutes).SupersededAtUtc);

        documents.Find(".doc-row[data-kind='CouncilMinutes'] .doc-remove").Click();
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("#confirm-yes")));
        dialogs.Find("#confirm-yes").Click();
        await WaitUntilAsync(async () => (await Bed.Pages.ReadAsync(Bed.CommuneOfficer, Id)).Value!.Dossier.Files
            .Single(f => f.Kind == DocumentKind.CouncilMinutes).Removed);
    }

    [Fact]
    public async Task After_submission_the_district_reads_every_version_without_a_picker()
    {
        await Bed.StepAsync(Bed.CommuneLeader, Id, DossierTrigger.SignOffSubmission);
        Bed.Clock.AdvanceDays(6);
        await Bed.StepAsync(Bed.CommuneOfficer, Id, DossierTrigger.Submit);
        await using var host = new DossierPageHost(Bed, Bed.DistrictOfficer, interactive: true);

        var documents = await host.PanelAsync<DocumentsPanel>(Bed.DistrictOfficer, Id);

        Assert.Empty(documents.FindAll("input[type=file], .doc-remove"));
        Assert.Single(documents.FindAll(".old-file-link"));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++) await Task.Delay(50);
        Assert.True(await condition());
    }

    [Fact]
    public async Task Evidence_is_listed_and_chosen_by_the_criterions_name_not_its_number_alone()
    {
        using (var content = new MemoryStream("%PDF-1.4 e"u8.ToArray()))
            Assert.True((await Bed.Files.AddAsync(Bed.CommuneOfficer, Id, await Bed.VersionAsync(Id), DocumentKind.Evidence, "2",
                new IncomingFile("so-ho-tich.pdf", "application/pdf", content.Length, content))).Succeeded);
        var set = (await Bed.Pages.ReadAsync(Bed.CommuneOfficer, Id)).Value!.Set;
        var name = set.FindCriterion("2")!.NameVi!;
        await using var host = new DossierPageHost(Bed, Bed.CommuneOfficer, interactive: true);
        var popovers = host.Render<MudPopoverProvider>();
        var documents = await host.PanelAsync<DocumentsPanel>(Bed.CommuneOfficer, Id);

        Assert.Contains($"2. {name}", documents.Find(".evidence-row").TextContent);
        documents.Find("#evidence-criterion").ParentElement!.ParentElement!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Contains($"2. {name}")));
        Assert.Equal(set.Criteria.Count, popovers.FindAll(".mud-list-item").Count);
    }
}
