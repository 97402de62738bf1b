using Bunit;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Web.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Components;

/// <summary>
/// What a step still needs reads as a to-do list in officials' words, one item per line, and a sign-off once given is
/// said as done (who and when), never as a condition "not yet signed off".
/// </summary>
[Trait("Category", "Component")]
public sealed class DossierActionsTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task The_submission_lists_what_it_still_needs_one_item_per_line_in_officials_words()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.PostAsync(id);
        await using var host = new DossierPageHost(_bed, _bed.CommuneOfficer, interactive: true);

        var actions = await host.PanelAsync<DossierActions>(_bed.CommuneOfficer, id);

        var needs = actions.FindAll(".blocked-step[data-trigger='Submit'] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "Chờ hết thời gian niêm yết (ngày cuối niêm yết: 06/11/2026)",
            "Tải lên tờ trình đề nghị công nhận của UBND xã",
            "Tải lên bản tự đánh giá kết quả thực hiện tiêu chuẩn",
            "Tải lên biên bản họp hội đồng đánh giá cấp xã",
            "Chủ tịch UBND xã ký duyệt hồ sơ",
        ], needs);
        Assert.DoesNotContain("Chưa đáp ứng điều kiện", actions.Markup);
        Assert.DoesNotContain(";", actions.Find(".blocked-step[data-trigger='Submit']").TextContent);
    }

    [Fact]
    public async Task After_the_sign_off_the_leader_reads_who_signed_and_nothing_about_not_yet_signed()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.PostAsync(id);
        await _bed.StepAsync(_bed.CommuneLeader, id, DossierTrigger.SignOffSubmission);
        await using var host = new DossierPageHost(_bed, _bed.CommuneLeader, interactive: true);

        var leader = await host.PanelAsync<DossierActions>(_bed.CommuneLeader, id);
        var officer = await host.PanelAsync<DossierActions>(_bed.CommuneOfficer, id);

        Assert.Empty(leader.FindAll(".blocked-step[data-trigger='SignOffSubmission']"));
        Assert.DoesNotContain("Chưa được ký duyệt", leader.Markup);
        Assert.Contains("Chủ tịch UBND xã đã ký duyệt: phuong1.lanhdao", leader.Find("#signed-off").TextContent);
        var needs = officer.FindAll(".blocked-step[data-trigger='Submit'] li").Select(li => li.TextContent).ToList();
        Assert.DoesNotContain(needs, n => n.Contains("ký duyệt"));
    }
}
