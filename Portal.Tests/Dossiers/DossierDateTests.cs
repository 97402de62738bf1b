using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

/// <summary>
/// Dates that contradict each other are refused in the workflow layer, each with a Vietnamese message naming both dates,
/// and nothing is saved: a council in the future, a posting before the council, a review council or decision before the
/// submission (or in the future, or a decision before its council).
/// </summary>
[Trait("Category", "Integration")]
public sealed class DossierDateTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private async Task<int> SelfAssessingAsync()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.StepAsync(_bed.CommuneOfficer, id, DossierTrigger.StartSelfAssessment);
        return id;
    }

    [Fact]
    public async Task A_council_date_in_the_future_is_refused_naming_both_dates()
    {
        var id = await SelfAssessingAsync();
        var version = await _bed.VersionAsync(id);

        var result = await _bed.Edits.SaveCouncilAsync(_bed.CommuneOfficer, id, version, new(2026, 11, 5), "7 thành viên", "Đề nghị");

        Assert.True(result.IsInvalid);
        Assert.Equal("Ngày họp hội đồng đánh giá cấp xã (05/11/2026) sau ngày hôm nay (02/11/2026): chỉ ghi cuộc họp đã diễn ra.",
            Assert.Single(result.Errors));
        Assert.Null((await _bed.DossierAsync("22015")).CouncilDate);
        Assert.Equal(version, await _bed.VersionAsync(id));
    }

    [Fact]
    public async Task A_posting_that_starts_before_the_council_is_refused_naming_both_dates()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.PostAsync(id); // council 01/11/2026, posting 02/11 – 06/11/2026

        var result = await _bed.Edits.SavePostingAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), new(2026, 10, 30), new(2026, 11, 6), null);

        Assert.Equal("Ngày bắt đầu niêm yết (30/10/2026) trước ngày họp hội đồng đánh giá cấp xã (01/11/2026): kết quả chỉ được niêm yết sau khi hội đồng đã họp.",
            Assert.Single(result.Errors));
        Assert.Equal(new DateOnly(2026, 11, 2), (await _bed.DossierAsync("22015")).PostingStart);
    }

    [Fact]
    public async Task A_review_council_or_decision_before_the_submission_is_refused_naming_both_dates()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(id); // submitted on 08/11/2026
        await _bed.StepAsync(_bed.DistrictOfficer, id, DossierTrigger.AcceptForAppraisal);
        foreach (var (no, input) in DossierTestBed.Best.Criteria)
            Assert.True((await _bed.Edits.SaveAppraisalAsync(_bed.DistrictOfficer, id, await _bed.VersionAsync(id), no, input, null)).Succeeded);
        await _bed.StepAsync(_bed.DistrictOfficer, id, DossierTrigger.SendToReviewCouncil);
        _bed.Clock.AdvanceDays(10); // 18/11/2026
        var version = await _bed.VersionAsync(id);

        var early = await _bed.Edits.SaveReviewAsync(_bed.DistrictLeader, id, version, new(2026, 11, 7), "5", "Đề nghị công nhận",
            "1/QĐ", new(2026, 11, 6), "Võ Văn Nam");
        var future = await _bed.Edits.SaveReviewAsync(_bed.DistrictLeader, id, version, new(2026, 11, 20), "5", "Đề nghị công nhận",
            "1/QĐ", new(2026, 11, 15), "Võ Văn Nam");

        Assert.Equal(
        [
            "Ngày họp hội đồng xét duyệt (07/11/2026) trước ngày xã nộp hồ sơ (08/11/2026).",
            "Ngày quyết định (06/11/2026) trước ngày xã nộp hồ sơ (08/11/2026).",
            "Ngày quyết định (06/11/2026) trước ngày họp hội đồng xét duyệt (07/11/2026).",
        ], early.Errors);
        Assert.Equal(
        [
            "Ngày họp hội đồng xét duyệt (20/11/2026) sau ngày hôm nay (18/11/2026): chỉ ghi cuộc họp đã diễn ra.",
            "Ngày quyết định (15/11/2026) trước ngày họp hội đồng xét duyệt (20/11/2026).",
        ], future.Errors);
        var d = await _bed.DossierAsync("22015");
        Assert.Equal((null, null, version), (d.ReviewCouncilDate, d.DecisionNumber, d.Version));
    }
}
