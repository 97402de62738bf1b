using Bunit;
using MudBlazor;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Web.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Components;

/// <summary>
/// What cannot be undone asks first, naming what will happen; the header shows the dossier's code, its due date and
/// the one-stop clock.
/// </summary>
[Trait("Category", "Component")]
public sealed class IrreversibleStepTests : PostedDossierTests
{
    [Fact]
    public async Task The_sign_off_asks_first_naming_the_total_and_nothing_happens_until_confirmed()
    {
        await using var host = new DossierPageHost(Bed, Bed.CommuneLeader, interactive: true);
        var dialogs = host.Render<MudDialogProvider>();
        var actions = await host.PanelAsync<DossierActions>(Bed.CommuneLeader, Id);

        actions.Find(".step-button[data-trigger='SignOffSubmission']").Click();
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find(".confirm-dialog")));
        var question = dialogs.Find(".confirm-dialog").TextContent;
        Assert.Contains("Bạn ký duyệt hồ sơ đề nghị công nhận của Phường 1 với tổng điểm tự đánh giá 1000 / 1000", question);
        Assert.Contains("không thể hoàn tác", question);
        dialogs.Find("#confirm-no").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".confirm-dialog")));
        Assert.Null((await Bed.DossierAsync("22015")).LeaderSignedOffAtUtc);

        actions.Find(".step-button[data-trigger='SignOffSubmission']").Click();
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("#confirm-yes")));
        dialogs.Find("#confirm-yes").Click();
        for (var i = 0; i < 100 && (await Bed.DossierAsync("22015")).LeaderSignedOffAtUtc is null; i++) await Task.Delay(50);
        Assert.NotNull((await Bed.DossierAsync("22015")).LeaderSignedOffAtUtc);
    }

    [Fact]
    public async Task The_submission_names_where_the_dossier_goes()
    {
        await Bed.StepAsync(Bed.CommuneLeader, Id, DossierTrigger.SignOffSubmission);
        Bed.Clock.AdvanceDays(6);
        await using var host = new DossierPageHost(Bed, Bed.CommuneOfficer, interactive: true);
        var dialogs = host.Render<MudDialogProvider>();
        var actions = await host.PanelAsync<DossierActions>(Bed.CommuneOfficer, Id);

        actions.Find(".step-button[data-trigger='Submit']").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("sẽ được gửi lên Thành phố Tuy Hoà để kiểm tra", dialogs.Find(".confirm-dialog").TextContent));
        Assert.Equal(DossierState.Posted, (await Bed.DossierAsync("22015")).State);
    }

    [Fact]
    public async Task The_header_shows_the_code_the_due_date_and_the_clock()
    {
        var page = (await Bed.Pages.ReadAsync(Bed.CommuneOfficer, Id)).Value!;
        await using var host = new DossierPageHost(Bed, Bed.CommuneOfficer, interactive: true);

        var header = host.Render<DossierHeader>(p => p.Add(x => x.Page, page));

        Assert.Equal("2026-22015", header.Find("#dossier-code").TextContent);
        Assert.Equal(page.Clock.DueDate!.Value.ToString("dd/MM/yyyy"), header.Find("#dossier-due").TextContent);
        var clock = header.Find("#dossier-clock");
        Assert.Equal(page.Clock.Status.ToString(), clock.GetAttribute("data-status"));
        Assert.Contains(page.Clock.Status switch
        {
            Portal.Workflows.Deadlines.DueStatus.Overdue => "Quá hạn",
            Portal.Workflows.Deadlines.DueStatus.NearDeadline => "Sắp đến hạn",
            _ => "Đúng hạn",
        }, clock.TextContent);
    }
}
