using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Dossiers.Drafts;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Drafts;

/// <summary>
/// Issue 14 item 5: what a person types into a dossier's form is kept as a draft, offered back to them alone, never
/// over a value saved after it started, and ended by saving or discarding.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DossierDraftTests
{
    private static readonly string Field = DraftFields.SelfInput("2");
    private static readonly string Typed = DraftFields.Of(CriterionInputJson.Write(CriterionInput.ForRate(1150, 1200)), "sổ hộ tịch");

    private static async Task<(DossierTestBed Bed, DossierDrafts Drafts, int Id)> SelfAssessingAsync()
    {
        var bed = await DossierTestBed.CreateAsync();
        var id = (await bed.DossierAsync("22015")).Id;
        await bed.StepAsync(bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        return (bed, bed.Db.Services.GetRequiredService<DossierDrafts>(), id);
    }

    private static async Task<Outcome<int>> SaveAsync(DossierTestBed bed, UserScope who, int id, long numerator) =>
        await bed.Edits.SaveSelfInputAsync(who, id, await bed.VersionAsync(id), "2", CriterionInput.ForRate(numerator, 1200), null);

    [Fact]
    public async Task A_kept_draft_is_offered_back_with_its_time_and_no_conflict()
    {
        var (bed, drafts, id) = await SelfAssessingAsync();
        await using var _ = bed;
        Assert.True((await drafts.KeepAsync(bed.CommuneOfficer, id, Field, DraftFields.Of("x", null))).Succeeded);
        Assert.True((await drafts.KeepAsync(bed.CommuneOfficer, id, Field, Typed)).Succeeded);

        var offer = Assert.Single(await drafts.OffersAsync(bed.CommuneOfficer, id, nameof(DossierEdit.SelfInput)));
        Assert.Equal((Field, Typed, false), (offer.Field, offer.Value, offer.Conflict));
        Assert.Equal(bed.Clock.GetUtcNow().UtcDateTime, offer.UpdatedAtUtc);
        Assert.Empty(await drafts.OffersAsync(bed.CommuneOfficer, id, DraftFields.Council));
    }

    [Fact]
    public async Task A_value_saved_by_someone_else_after_the_draft_started_is_offered_beside_it_not_under_it()
    {
        var (bed, drafts, id) = await SelfAssessingAsync();
        await using var _ = bed;
        var colleague = await bed.ScopeAsync("phuong1.canbo2", PortalRoles.CommuneOfficer, "22015");
        await drafts.KeepAsync(bed.CommuneOfficer, id, Field, Typed);
        Assert.True((await SaveAsync(bed, colleague, id, 1000)).Succeeded);

        var offer = Assert.Single(await drafts.OffersAsync(bed.CommuneOfficer, id, nameof(DossierEdit.SelfInput)));
        Assert.True(offer.Conflict);
        Assert.Equal(Typed, offer.Value);
        Assert.Contains("1000", offer.SavedValue);
    }

    [Fact]
    public async Task Saving_the_field_or_discarding_the_draft_deletes_it()
    {
        var (bed, drafts, id) = await SelfAssessingAsync();
        await using var _ = bed;
        await drafts.KeepAsync(bed.CommuneOfficer, id, Field, Typed);
        await drafts.KeepAsync(bed.CommuneOfficer, id, DraftFields.Council, DraftFields.Of(null, "Ông A", null));
        Assert.True((await SaveAsync(bed, bed.CommuneOfficer, id, 1150)).Succeeded);
        Assert.Equal([DraftFields.Council], await FieldsAsync(bed));

        await drafts.DiscardAsync(bed.CommuneOfficer, id, DraftFields.Council);
        Assert.Empty(await FieldsAsync(bed));
    }

    [Fact]
    public async Task A_draft_belongs_to_its_user_and_only_to_a_dossier_they_may_edit_now()
    {
        var (bed, drafts, id) = await SelfAssessingAsync();
        await using var _ = bed;
        var colleague = await bed.ScopeAsync("phuong1.canbo2", PortalRoles.CommuneOfficer, "22015");
        await drafts.KeepAsync(bed.CommuneOfficer, id, Field, Typed);
        Assert.Empty(await drafts.OffersAsync(colleague, id, ""));

        // Another commune, a district officer (who appraises later, not now), a field that is no field: refused and logged.
        foreach (var (who, field) in new[] { (bed.OtherCommuneOfficer, Field), (bed.DistrictOfficer, DraftFields.Appraisal("2")), (bed.CommuneOfficer, "Anything") })
            Assert.Equal(OutcomeKind.Refused, (await drafts.KeepAsync(who, id, field, Typed)).Kind);
        await using var db = bed.Db.Context();
        Assert.Equal(3, await db.AccessRefusals.CountAsync(r => r.Resource == $"dossier:{id}" && r.Reason!.StartsWith("draft of")));
        Assert.Equal([Field], await FieldsAsync(bed));
    }

    private static async Task<List<string>> FieldsAsync(DossierTestBed bed)
    {
        await using var db = bed.Db.Context();
        return await db.DossierDrafts.OrderBy(d => d.Field).Select(d => d.Field).ToListAsync();
    }
}
