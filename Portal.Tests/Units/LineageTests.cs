using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Units;
using Portal.Workflows.Rewards;
using Portal.Workflows.Units.Lineage;

namespace Portal.Tests.Units;

/// <summary>The 2025 merger lineage (issue 11 item 7; record 0013): imported once, corrected with a reason, carrying streaks over.</summary>
[Trait("Category", "Integration")]
public sealed class LineageTests : IAsyncLifetime
{
    private TwoLevelBed _bed = null!;
    public async Task InitializeAsync() => _bed = await TwoLevelBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task The_merger_file_links_the_two_structures_once_and_never_brings_back_a_removed_row()
    {
        var view = (await _bed.Lineages.ReadAsync(_bed.Admin, (await _bed.UnitAsync("2025", "22015")).Id)).Value!;
        Assert.Equal([("22015", "Phường 1", false), ("22018", "Phường 2", false), ("22024", "Phường 9", true)],
            view.Predecessors.Select(p => (p.Code, p.Name, p.IsPart)));

        var wrong = view.Predecessors.Single(p => p.Code == "22018");
        Assert.True((await _bed.Lineages.CorrectAsync(_bed.Admin, wrong.LineageId, false, true, "Đối chiếu Nghị quyết của tỉnh")).Succeeded);
        Assert.Equal(0, await _bed.Db.Services.GetRequiredService<LineageImport>().ImportAsync());

        var after = (await _bed.Lineages.ReadAsync(_bed.Admin, (await _bed.UnitAsync("2025", "22015")).Id)).Value!;
        var removed = after.Predecessors.Single(p => p.Code == "22018");
        Assert.True(removed.Removed);
        var change = Assert.Single(removed.Changes);
        Assert.Equal(("quantri", "toàn bộ", "đã bỏ", "Đối chiếu Nghị quyết của tỉnh"), (change.UserName, change.Before, change.After, change.Reason));
    }

    [Fact]
    public async Task Only_an_administrator_corrects_a_row_and_always_with_a_reason()
    {
        var row = (await _bed.Lineages.ReadAsync(_bed.Admin, (await _bed.UnitAsync("2025", "22015")).Id)).Value!.Predecessors[0];
        var province = await _bed.ScopeAsync("daklak.canbo", PortalRoles.ProvinceOfficer, "2025", "66");

        Assert.True((await _bed.Lineages.CorrectAsync(province, row.LineageId, true, false, "x")).IsRefused);
        Assert.False((await _bed.Lineages.CorrectAsync(_bed.Admin, row.LineageId, true, false, " ")).Succeeded);
        Assert.True((await _bed.Lineages.AddAsync(_bed.Admin, (await _bed.UnitAsync("2025", "22015")).Id, "22051", false, "Thiếu trong tệp")).Succeeded);
        await using var db = _bed.Db.Context();
        Assert.True(await db.AccessRefusals.AnyAsync(r => r.UserName == "daklak.canbo"));
    }

    [Fact]
    public async Task A_new_communes_page_shows_its_predecessors_recognition_history()
    {
        await _bed.ThreeLevelYearAsync(2024, ("22015", DossierState.Recognized), ("22018", DossierState.NotRecognized));

        var view = (await _bed.Lineages.ReadAsync(_bed.Admin, (await _bed.UnitAsync("2025", "22015")).Id)).Value!;

        Assert.Equal([(2024, DossierState.Recognized)], view.Predecessors.Single(p => p.Code == "22015").History);
        Assert.Equal([(2024, DossierState.NotRecognized)], view.Predecessors.Single(p => p.Code == "22018").History);
        var old = (await _bed.Lineages.ReadAsync(_bed.Admin, (await _bed.UnitAsync("2024", "22024")).Id)).Value!;
        Assert.Equal(["22015", "22045"], old.Successors.Select(s => s.Code));
    }

    [Fact]
    public async Task The_streak_continues_when_every_whole_predecessor_was_recognised_in_each_year()
    {
        await _bed.ThreeLevelYearAsync(2023, ("22015", DossierState.Recognized), ("22018", DossierState.Recognized));
        // Phường 9 went in only in part: its refusal does not count against Phường Tuy Hòa.
        await _bed.ThreeLevelYearAsync(2024, ("22015", DossierState.Recognized), ("22018", DossierState.Recognized), ("22024", DossierState.NotRecognized));
        await _bed.TwoLevelYearAsync(2025, DossierState.Recognized);

        await _bed.Rewards.RecomputeAsync();

        var proposal = Assert.Single(await _bed.ProposalsOfAsync("2025", "22015"));
        Assert.Equal(("2023,2024,2025", RewardLevel.District, UnitLevel.Province), (proposal.Years, proposal.Level, proposal.DeciderLevel));
    }

    [Fact]
    public async Task The_streak_does_not_continue_when_one_whole_predecessor_was_not_recognised_in_a_year()
    {
        await _bed.ThreeLevelYearAsync(2023, ("22015", DossierState.Recognized), ("22018", DossierState.Recognized));
        await _bed.ThreeLevelYearAsync(2024, ("22015", DossierState.Recognized), ("22018", DossierState.NotRecognized));
        await _bed.TwoLevelYearAsync(2025, DossierState.Recognized);

        await _bed.Rewards.RecomputeAsync();

        Assert.Empty(await _bed.ProposalsOfAsync("2025", "22015"));
    }

    [Fact]
    public async Task Milestones_reached_before_the_merger_stay_the_predecessors_own()
    {
        for (var year = 2020; year <= 2024; year++)
            await _bed.ThreeLevelYearAsync(year, ("22015", DossierState.Recognized), ("22018", DossierState.Recognized));
        await _bed.TwoLevelYearAsync(2025, DossierState.Recognized);

        await _bed.Rewards.RecomputeAsync();

        Assert.Empty(await _bed.ProposalsOfAsync("2025", "22015")); // its first 3 and first 5 years ended in 2022 and 2024
        Assert.Equal(2, (await _bed.ProposalsOfAsync("2024", "22015")).Count);
    }

    [Theory]
    [InlineData(new[] { YearOutcome.Recognized, YearOutcome.Recognized }, YearOutcome.Recognized)]
    [InlineData(new[] { YearOutcome.Recognized, YearOutcome.Broken }, YearOutcome.Broken)]
    [InlineData(new[] { YearOutcome.Recognized, YearOutcome.Undecided }, YearOutcome.Undecided)]
    [InlineData(new[] { YearOutcome.NotEvaluated, YearOutcome.NotEvaluated }, YearOutcome.NotEvaluated)]
    public void An_inherited_year_is_recognised_only_when_every_predecessor_was(YearOutcome[] predecessors, YearOutcome merged)
    {
        Assert.Equal(merged, LineageStreaks.Combine(predecessors));
    }
}
