using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Portal.Data.Accounts;
using Portal.Tests.Dossiers;
using Portal.Web.Dossiers;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Drafts;

/// <summary>
/// Issue 14 item 5 on the page: figures typed into the self-assessment and not saved are offered back when the page is
/// loaded again (a reload, a reconnect to another instance), restored as unsaved typing, and shown beside — not over —
/// a value someone saved after the draft started.
/// </summary>
[Trait("Category", "Component")]
public sealed class DraftOfferTests : SelfAssessmentPanelTest
{
    private static async Task TypeAsync(IRenderedComponent<SelfAssessmentPanel> cut, string numerator, string denominator)
    {
        await cut.Find(".self-criterion[data-no='2'] .self-open").ClickAsync(new MouseEventArgs());
        await cut.Find(".self-criterion[data-no='2'] .input-numerator input").InputAsync(new ChangeEventArgs { Value = numerator });
        await cut.Find(".self-criterion[data-no='2'] .input-denominator input").InputAsync(new ChangeEventArgs { Value = denominator });
    }

    [Fact]
    public async Task Typed_figures_are_offered_after_a_reload_and_restored_as_unsaved()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var (cut, id) = await RenderSelfAssessmentAsync(bed);
        await TypeAsync(cut, "1150", "1200");
        Assert.Empty(cut.FindAll(".draft-offer"));

        var again = await RenderPanelAsync(bed, id);
        var offer = again.Find(".draft-offer");
        Assert.Contains("Bạn có bản nháp chưa lưu từ 02/11/2026 09:00", offer.TextContent);
        Assert.Contains("1.150", offer.TextContent);
        Assert.DoesNotContain("1.150", again.Find(".self-criterion[data-no='2']").TextContent); // offered, not applied

        await again.Find(".draft-restore").ClickAsync(new MouseEventArgs());
        Assert.Empty(again.FindAll(".draft-offer"));
        Assert.Equal(TypedNumber.Show(1150, CultureInfo.CurrentCulture), again.Find(".self-criterion[data-no='2'] .input-numerator input").GetAttribute("value"));
        Assert.NotNull(again.Find("#self-unsaved"));
    }

    [Fact]
    public async Task The_page_read_carries_its_readers_offers_for_the_prerendered_forms()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var (cut, id) = await RenderSelfAssessmentAsync(bed);
        await TypeAsync(cut, "1150", "1200");

        var offer = Assert.Single((await bed.Pages.ReadAsync(bed.CommuneOfficer, id)).Value!.DraftOffers!);
        Assert.StartsWith("SelfInput", offer.Field);
        Assert.Contains("1150", offer.Value);
        Assert.False(offer.Conflict);
        Assert.Empty((await bed.Pages.ReadAsync(bed.DistrictOfficer, id)).Value!.DraftOffers!); // a draft is its user's alone
    }

    [Fact]
    public async Task A_draft_older_than_the_saved_value_is_shown_beside_it_and_the_saved_value_stays()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var (cut, id) = await RenderSelfAssessmentAsync(bed);
        await TypeAsync(cut, "1150", "1200");
        var colleague = await bed.ScopeAsync("phuong1.canbo2", PortalRoles.CommuneOfficer, "22015");
        var saved = await bed.Edits.SaveSelfInputAsync(colleague, id, await bed.VersionAsync(id), "2", CriterionInput.ForRate(1000, 1200), null);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));

        var again = await RenderPanelAsync(bed, id);
        Assert.Contains("đã được lưu lại sau khi bạn bắt đầu bản nháp", again.Find(".draft-offer").TextContent);
        Assert.Contains("1.000", again.Find(".draft-offer .draft-saved").TextContent);
        Assert.Contains("1.150", again.Find(".draft-offer .draft-value").TextContent);
        Assert.Contains("1.000", again.Find(".self-criterion[data-no='2']").TextContent);
        Assert.DoesNotContain("1.150", again.Find(".self-criterion[data-no='2']").TextContent);
    }
}
