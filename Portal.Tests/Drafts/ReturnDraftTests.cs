using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Tests.Components;
using Portal.Web.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Dossiers.Drafts;

namespace Portal.Tests.Drafts;

/// <summary>
/// A return for supplement being written (the reason and each item's reason) is kept as a draft as it is typed,
/// offered back when the page is opened again, and never applied after a colleague has returned the dossier.
/// </summary>
[Trait("Category", "Component")]
public sealed class ReturnDraftTests : FormDraftTest
{
    private const string Kept = "Thiếu bản sao sổ đăng ký khai sinh", Dropped = "Thiếu biên bản họp", Reason = "Bổ sung minh chứng tiêu chí 2";

    private async Task<DossierPageHost> SubmittedAsync()
    {
        await Bed.SubmitAsync(Id);
        return new DossierPageHost(Bed, Bed.DistrictOfficer, interactive: true);
    }

    private static async Task WriteReturnAsync(IRenderedComponent<DossierActions> form)
    {
        await form.Find(".step-button[data-trigger='ReturnForSupplement']").ClickAsync(new MouseEventArgs());
        await TypeAsync(form.Find(".return-line .return-reason input"), Dropped);
        await form.Find("#return-add").ClickAsync(new MouseEventArgs());
        await TypeAsync(form.FindAll(".return-line .return-reason input")[1], Kept);
        await TypeAsync(Box(form, "step-reason"), Reason);
        // The first item was a mistake: removed, it leaves the draft too.
        await form.FindAll(".return-line .return-remove")[0].ClickAsync(new MouseEventArgs());
    }

    [Fact]
    public async Task A_return_being_written_is_stored_as_typed_offered_back_and_restored()
    {
        await using var host = await SubmittedAsync();
        var form = await host.PanelAsync<DossierActions>(Bed.DistrictOfficer, Id);
        await WriteReturnAsync(form);
        Assert.Equal($"{Reason}|general|{Kept}", await StoredAsync(Bed.DistrictOfficer, DraftFields.Return));

        var again = await host.PanelAsync<DossierActions>(Bed.DistrictOfficer, Id);
        var offer = again.Find(".draft-offer[data-field='Return']");
        Assert.Contains("Bạn có bản nháp chưa lưu từ", offer.TextContent);
        Assert.Contains(Kept, offer.TextContent);
        Assert.DoesNotContain(Dropped, offer.TextContent);
        Assert.Empty(again.FindAll("#reason-form")); // offered, not applied

        await again.Find(".draft-offer .draft-restore").ClickAsync(new MouseEventArgs());
        Assert.Empty(again.FindAll(".draft-offer"));
        Assert.Equal(Reason, Box(again, "step-reason").GetAttribute("value"));
        Assert.Equal(Kept, Assert.Single(again.FindAll(".return-line .return-reason input")).GetAttribute("value"));

        await again.Find("#step-confirm").ClickAsync(new MouseEventArgs());
        Assert.Equal(DossierState.ReturnedForSupplement, (await Bed.DossierAsync("22015")).State);
        Assert.Empty(await Drafts.OffersAsync(Bed.DistrictOfficer, Id, DraftFields.Return));
    }

    [Fact]
    public async Task After_a_colleague_returned_the_dossier_the_draft_is_neither_offered_nor_fired()
    {
        await using var host = await SubmittedAsync();
        var form = await host.PanelAsync<DossierActions>(Bed.DistrictOfficer, Id);
        await WriteReturnAsync(form);
        var colleague = await ColleagueAsync("tuyhoa.canbo2", PortalRoles.DistrictOfficer, "555");
        await Bed.StepAsync(colleague, Id, DossierTrigger.ReturnForSupplement, "Thiếu tờ trình", [new ReturnRequest("general", "Thiếu tờ trình")]);

        // The form opened before their return is refused: one return stands, theirs.
        await form.Find("#step-confirm").ClickAsync(new MouseEventArgs());
        Assert.NotEmpty(form.FindAll(".step-error"));
        await using var db = Bed.Db.Context();
        var returns = await db.DossierEvents.AsNoTracking().Where(h => h.DossierId == Id && h.Trigger == DossierTrigger.ReturnForSupplement.ToString()).ToListAsync();
        Assert.Equal("Thiếu tờ trình", Assert.Single(returns).Comment);

        var again = await host.PanelAsync<DossierActions>(Bed.DistrictOfficer, Id);
        Assert.Empty(again.FindAll(".draft-offer, #reason-form"));
    }
}
