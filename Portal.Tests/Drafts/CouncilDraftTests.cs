using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Tests.Components;
using Portal.Web.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Dossiers.Drafts;

namespace Portal.Tests.Drafts;

/// <summary>
/// The commune council's form (date, members, result) keeps what is typed as a draft, offers it back when the page is
/// opened again, and never puts it over a council a colleague saved after the draft started.
/// </summary>
[Trait("Category", "Component")]
public sealed class CouncilDraftTests : FormDraftTest
{
    private const string Members = "Chủ tịch UBND phường và 6 thành viên", Result = "Thống nhất đề nghị công nhận";

    private async Task<DossierPageHost> SelfAssessingAsync()
    {
        await Bed.StepAsync(Bed.CommuneOfficer, Id, DossierTrigger.StartSelfAssessment);
        return new DossierPageHost(Bed, Bed.CommuneOfficer, interactive: true);
    }

    [Fact]
    public async Task Typed_council_is_stored_as_typed_offered_back_restored_and_ended_by_saving()
    {
        await using var host = await SelfAssessingAsync();
        var form = await host.PanelAsync<CouncilPostingPanel>(Bed.CommuneOfficer, Id);
        // The suggested meeting day is the portal's today (07/12 on the bed's clock is 02/11/2026), not the server's.
        Assert.Equal("02/11/2026", Box(form, "council-date").GetAttribute("value"));

        await TypeAsync(Box(form, "council-members"), Members);
        Assert.Equal($"2026-11-02|{Members}|", await StoredAsync(Bed.CommuneOfficer, DraftFields.Council));
        await TypeAsync(Box(form, "council-result"), Result);
        Assert.Equal($"2026-11-02|{Members}|{Result}", await StoredAsync(Bed.CommuneOfficer, DraftFields.Council));
        Assert.Empty(form.FindAll(".draft-offer"));

        var again = await host.PanelAsync<CouncilPostingPanel>(Bed.CommuneOfficer, Id);
        var offer = again.Find(".draft-offer[data-field='Council']");
        Assert.Contains("Bạn có bản nháp chưa lưu từ 02/11/2026 09:00", offer.TextContent);
        Assert.Contains(Members, offer.TextContent);
        Assert.True(string.IsNullOrEmpty(Box(again, "council-members").GetAttribute("value"))); // offered, not applied

        await again.Find(".draft-offer .draft-restore").ClickAsync(new MouseEventArgs());
        Assert.Empty(again.FindAll(".draft-offer"));
        Assert.Equal(Members, Box(again, "council-members").GetAttribute("value"));
        Assert.Equal(Result, Box(again, "council-result").GetAttribute("value"));

        await again.Find("#council-save").ClickAsync(new MouseEventArgs());
        await using var db = Bed.Db.Context();
        var saved = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == Id);
        Assert.Equal((new DateOnly(2026, 11, 2), Members, Result), (saved.CouncilDate, saved.CouncilMembers, saved.CouncilResult));
        Assert.Empty(await Drafts.OffersAsync(Bed.CommuneOfficer, Id, DraftFields.Council));
    }

    [Fact]
    public async Task A_council_saved_by_a_colleague_after_the_draft_started_stays_and_is_shown_beside_the_draft()
    {
        await using var host = await SelfAssessingAsync();
        var form = await host.PanelAsync<CouncilPostingPanel>(Bed.CommuneOfficer, Id);
        await TypeAsync(Box(form, "council-members"), Members);
        var colleague = await ColleagueAsync("phuong1.canbo2", PortalRoles.CommuneOfficer, "22015");
        var theirs = await Bed.Edits.SaveCouncilAsync(colleague, Id, await Bed.VersionAsync(Id), new(2026, 11, 1), "5 thành viên", "Đồng ý");
        Assert.True(theirs.Succeeded, string.Join("; ", theirs.Errors));

        // Still typing in the form opened before their save: the draft goes on, its save is refused, theirs stays.
        await TypeAsync(Box(form, "council-result"), Result);
        await form.Find("#council-save").ClickAsync(new MouseEventArgs());
        Assert.NotEmpty(form.FindAll(".mud-alert-text-error, .mud-alert-filled-error, .mud-alert-outlined-error"));

        var again = await host.PanelAsync<CouncilPostingPanel>(Bed.CommuneOfficer, Id);
        var offer = again.Find(".draft-offer[data-field='Council']");
        Assert.Contains("đã được lưu lại sau khi bạn bắt đầu bản nháp", offer.TextContent);
        Assert.Contains("5 thành viên", offer.QuerySelector(".draft-saved")!.TextContent);
        Assert.Contains(Members, offer.QuerySelector(".draft-value")!.TextContent);
        Assert.Equal("5 thành viên", Box(again, "council-members").GetAttribute("value"));

        await again.Find(".draft-offer .draft-discard").ClickAsync(new MouseEventArgs()); // "Giữ giá trị đã lưu"
        Assert.Empty(await Drafts.OffersAsync(Bed.CommuneOfficer, Id, DraftFields.Council));
        await using var db = Bed.Db.Context();
        Assert.Equal("5 thành viên", (await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == Id)).CouncilMembers);
    }
}
