using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Tests.Components;
using Portal.Web.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Dossiers.Drafts;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Drafts;

/// <summary>
/// The appraisal of a criterion (the appraised figures and the reason) keeps what the appraiser types as a draft,
/// offers it back when the page is opened again, and never puts it over an appraisal a colleague saved since.
/// </summary>
[Trait("Category", "Component")]
public sealed class AppraisalDraftTests : FormDraftTest
{
    private const string Reason = "Sổ hộ tịch thiếu 10 trẻ";
    private const string Row = ".appraisal-criterion[data-no='2']";

    private async Task<DossierPageHost> UnderAppraisalAsync()
    {
        await Bed.SubmitAsync(Id);
        await Bed.StepAsync(Bed.DistrictOfficer, Id, DossierTrigger.AcceptForAppraisal);
        return new DossierPageHost(Bed, Bed.DistrictOfficer, interactive: true);
    }

    private static async Task TypeAppraisalAsync(IRenderedComponent<AppraisalPanel> form)
    {
        await form.Find($"{Row} .appraisal-open").ClickAsync(new MouseEventArgs());
        await TypeAsync(form.Find($"{Row} .input-numerator input"), "90");
        await TypeAsync(form.Find($"{Row} .input-denominator input"), "100");
        await TypeAsync(form.Find($"{Row} .appraisal-reason input"), Reason);
    }

    [Fact]
    public async Task Typed_appraisal_is_stored_as_typed_offered_back_restored_and_ended_by_saving()
    {
        await using var host = await UnderAppraisalAsync();
        var form = await host.PanelAsync<AppraisalPanel>(Bed.DistrictOfficer, Id);
        await TypeAppraisalAsync(form);
        var stored = await StoredAsync(Bed.DistrictOfficer, nameof(DossierEdit.Appraisal));
        Assert.Equal($"{CriterionInputJson.Write(CriterionInput.ForRate(90, 100))}|{Reason}", stored);

        var again = await host.PanelAsync<AppraisalPanel>(Bed.DistrictOfficer, Id);
        var offer = again.Find(".draft-offer[data-field='Appraisal:2']");
        Assert.Contains("Bạn có bản nháp chưa lưu từ", offer.TextContent);
        Assert.Contains(Reason, offer.TextContent);
        Assert.Empty(again.FindAll($"{Row} .input-numerator")); // offered, not applied
        Assert.DoesNotContain(Reason, again.Find(Row).TextContent);

        await again.Find(".draft-offer .draft-restore").ClickAsync(new MouseEventArgs());
        Assert.Empty(again.FindAll(".draft-offer"));
        Assert.Equal("90", again.Find($"{Row} .input-numerator input").GetAttribute("value"));
        Assert.Equal(Reason, again.Find($"{Row} .appraisal-reason input").GetAttribute("value"));

        await again.Find($"{Row} .appraisal-save").ClickAsync(new MouseEventArgs());
        await using var db = Bed.Db.Context();
        var entry = await db.CriterionEntries.AsNoTracking().SingleAsync(c => c.DossierId == Id && c.CriterionNo == "2");
        Assert.Equal(Reason, entry.AppraisalReason);
        Assert.Empty(await Drafts.OffersAsync(Bed.DistrictOfficer, Id, nameof(DossierEdit.Appraisal)));
    }

    [Fact]
    public async Task An_appraisal_saved_by_a_colleague_after_the_draft_started_stays_and_is_shown_beside_the_draft()
    {
        await using var host = await UnderAppraisalAsync();
        var form = await host.PanelAsync<AppraisalPanel>(Bed.DistrictOfficer, Id);
        await TypeAppraisalAsync(form);
        var colleague = await ColleagueAsync("tuyhoa.canbo2", PortalRoles.DistrictOfficer, "555");
        var theirs = await Bed.Edits.SaveAppraisalAsync(colleague, Id, await Bed.VersionAsync(Id), "2", CriterionInput.ForRate(80, 100), "Theo biên bản kiểm tra");
        Assert.True(theirs.Succeeded, string.Join("; ", theirs.Errors));

        // The form opened before their save cannot save over it.
        await form.Find($"{Row} .appraisal-save").ClickAsync(new MouseEventArgs());
        var again = await host.PanelAsync<AppraisalPanel>(Bed.DistrictOfficer, Id);
        var offer = again.Find(".draft-offer[data-field='Appraisal:2']");
        Assert.Contains("đã được lưu lại sau khi bạn bắt đầu bản nháp", offer.TextContent);
        Assert.Contains("Theo biên bản kiểm tra", offer.QuerySelector(".draft-saved")!.TextContent);
        Assert.Contains(Reason, offer.QuerySelector(".draft-value")!.TextContent);
        Assert.Contains("Theo biên bản kiểm tra", again.Find(Row).TextContent);
        Assert.DoesNotContain(Reason, again.Find(Row).TextContent);

        await again.Find(".draft-offer .draft-discard").ClickAsync(new MouseEventArgs());
        Assert.Empty(await Drafts.OffersAsync(Bed.DistrictOfficer, Id, nameof(DossierEdit.Appraisal)));
        await using var db = Bed.Db.Context();
        var entry = await db.CriterionEntries.AsNoTracking().SingleAsync(c => c.DossierId == Id && c.CriterionNo == "2");
        Assert.Equal("Theo biên bản kiểm tra", entry.AppraisalReason);
    }
}
