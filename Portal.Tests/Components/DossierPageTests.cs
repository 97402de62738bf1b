using Bunit;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Web.Components.Loading;
using Portal.Web.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Components;

/// <summary>
/// The dossier page: read (and scored) once from prerender to the interactive render, the decision header on the
/// appraised total, and what a role may not change shown as plain text, never as a field that looks editable.
/// </summary>
[Trait("Category", "Component")]
public sealed class DossierPageTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private async Task<DossierPage> PageAsync(UserScope who, int id) => (await _bed.Pages.ReadAsync(who, id)).Value!;

    /// <summary>Phường 1's dossier at the review council: self-assessed 1000, appraised 975 (criterion 2 lowered).</summary>
    private async Task<int> AtReviewCouncilAsync()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(id);
        await _bed.ToReviewCouncilAsync(id, no => no == "2" ? CriterionInput.ForRate(96, 100) : null);
        return id;
    }

    [Fact]
    public async Task The_page_is_read_and_scored_once_from_prerender_to_the_interactive_render()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        var handoff = new PrerenderHandoff();
        var before = _bed.Scoring.DossiersScored;

        string token;
        await using (var pre = new DossierPageHost(_bed, _bed.CommuneOfficer, interactive: false, handoff))
        {
            var prerendered = pre.Render<DossierView>(p => p.Add(x => x.Id, id));
            prerendered.WaitForAssertion(() => Assert.Equal("Phường 1", prerendered.Find("#dossier-unit").TextContent));
            pre.State.TriggerOnPersisting();
            Assert.True(pre.State.TryTake($"page-data:DossierPage:{id}", out token!));
        }
        await using var live = new DossierPageHost(_bed, _bed.CommuneOfficer, interactive: true, handoff);
        live.State.Persist($"page-data:DossierPage:{id}", token);
        var page = live.Render<DossierView>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal("Phường 1", page.Find("#dossier-unit").TextContent));
        Assert.NotEmpty(page.FindAll(".step-button[data-trigger='StartSelfAssessment']"));
        Assert.Equal(1, _bed.Scoring.DossiersScored - before);
    }

    [Fact]
    public async Task A_missing_dossier_looks_exactly_like_another_communes()
    {
        var other = (await _bed.DossierAsync("22045")).Id;
        await using var host = new DossierPageHost(_bed, _bed.CommuneOfficer, interactive: true);

        var refused = host.Render<DossierView>(p => p.Add(x => x.Id, other));
        var missing = host.Render<DossierView>(p => p.Add(x => x.Id, 999_999));

        refused.WaitForAssertion(() => Assert.NotNull(refused.Find("#access-refused")));
        missing.WaitForAssertion(() => Assert.NotNull(missing.Find("#access-refused")));
        missing.MarkupMatches(refused.Markup);
        Assert.DoesNotContain("Bình Kiến", refused.Markup);
    }

    [Fact]
    public async Task Once_appraised_the_header_shows_the_appraised_total_with_the_self_assessed_one_beside_it()
    {
        var id = await AtReviewCouncilAsync();
        var page = await PageAsync(_bed.CommuneOfficer, id);
        await using var host = new DossierPageHost(_bed, _bed.CommuneOfficer, interactive: true);
        var before = host.Render<DossierHeader>(p => p.Add(x => x.Page, page with { Dossier = page.Dossier with { State = DossierState.Submitted } }));

        var header = host.Render<DossierHeader>(p => p.Add(x => x.Page, page));

        Assert.Equal("975", header.Find("#dossier-appraised-total").TextContent);
        Assert.Equal("1000", header.Find("#dossier-self-total").TextContent);
        Assert.Contains("Tổng điểm thẩm định: 975 / 1000", System.Text.RegularExpressions.Regex.Replace(header.Find("#dossier-facts").TextContent, @"\s+", " "));
        Assert.Empty(before.FindAll("#dossier-appraised-total"));
        Assert.Equal("1000", before.Find("#dossier-self-total").TextContent);
    }

    [Fact]
    public async Task The_commune_officer_reads_the_review_and_decision_as_text_the_district_leader_edits_them()
    {
        var id = await AtReviewCouncilAsync();
        await using var host = new DossierPageHost(_bed, _bed.CommuneOfficer, interactive: true);

        var commune = await host.PanelAsync<ReviewPanel>(_bed.CommuneOfficer, id);
        var leader = await host.PanelAsync<ReviewPanel>(_bed.DistrictLeader, id);

        Assert.Empty(commune.FindAll("input, textarea"));
        Assert.Empty(commune.FindAll("#review-save"));
        Assert.Contains("125/QĐ-UBND", commune.Find("#decision-number-text").TextContent);
        Assert.Contains("Đề nghị công nhận", commune.Find("#review-text").TextContent);
        Assert.NotEmpty(leader.FindAll("input#decision-number, #decision-number input"));
        Assert.NotNull(leader.Find("#review-save"));
    }

    [Fact]
    public async Task The_district_officer_reads_the_council_and_posting_as_text()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(id);
        await using var host = new DossierPageHost(_bed, _bed.DistrictOfficer, interactive: true);

        var panel = await host.PanelAsync<CouncilPostingPanel>(_bed.DistrictOfficer, id);

        Assert.Empty(panel.FindAll("input, textarea"));
        Assert.Equal("01/11/2026", panel.Find("#council-date-text .read-only-value").TextContent);
        Assert.Equal("7 thành viên", panel.Find("#council-members-text .read-only-value").TextContent);
        Assert.Equal("06/11/2026", panel.Find("#posting-end-text .read-only-value").TextContent);
    }

    [Fact]
    public async Task The_appraiser_reads_the_communes_inputs_as_text_and_the_commune_reads_the_appraisal_as_text()
    {
        var id = await AtReviewCouncilAsync();
        await using var host = new DossierPageHost(_bed, _bed.DistrictOfficer, interactive: true);

        var self = await host.PanelAsync<SelfAssessmentPanel>(_bed.DistrictOfficer, id);
        var appraisal = await host.PanelAsync<AppraisalPanel>(_bed.CommuneOfficer, id);

        Assert.Empty(self.FindAll("input, textarea"));
        Assert.Empty(appraisal.FindAll("input, textarea, .appraisal-save"));
        var criterion2 = appraisal.Find(".appraisal-criterion[data-no='2'] .criterion-input-text").TextContent;
        Assert.Contains("96", criterion2);
        Assert.Contains("Sổ theo dõi", self.Find(".self-criterion[data-no='2']").TextContent);
    }
}
