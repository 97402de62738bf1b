using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Rounds;

namespace Portal.Tests.Rewards;

/// <summary>Proposals follow from the streaks once each; only the right leader records a decision; lists keep to scope.</summary>
[Trait("Category", "Integration")]
public sealed class RewardServiceTests : IAsyncLifetime
{
    private RewardTestBed _bed = null!;
    public async Task InitializeAsync() => _bed = await RewardTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Recomputing_twice_proposes_each_reward_once()
    {
        await _bed.RecognisedYearsAsync(2021, 2025, "22015");
        await _bed.RecognisedYearsAsync(2026, 2026, "22015", "22045");
        await _bed.AddYearAsync(2027, RoundStatus.Closed, ("22045", DossierState.Recognized));
        await _bed.AddYearAsync(2028, RoundStatus.Open, ("22045", DossierState.Recognized));

        Assert.Equal(3, await _bed.Rewards.RecomputeAsync());
        Assert.Equal(0, await _bed.Rewards.RecomputeAsync());

        var proposals = await _bed.ProposalsAsync();
        Assert.Equal(3, proposals.Count);
        var district = await _bed.ProposalAsync("22015", RewardLevel.District);
        Assert.Equal((3, "2021,2022,2023", 2021, 2023, RewardStatus.Proposed), (district.StreakLength, district.Years, district.FirstYear, district.LastYear, district.Status));
        var province = await _bed.ProposalAsync("22015", RewardLevel.Province);
        Assert.Equal((5, "2021,2022,2023,2024,2025"), (province.StreakLength, province.Years));
        Assert.Equal("2026,2027,2028", (await _bed.ProposalAsync("22045", RewardLevel.District)).Years);
    }

    [Fact]
    public async Task A_longer_streak_adds_no_proposal_and_a_new_streak_proposes_again()
    {
        await _bed.RecognisedYearsAsync(2019, 2021, "22015");
        await _bed.Rewards.RecomputeAsync();
        await _bed.RecognisedYearsAsync(2022, 2022, "22015");
        Assert.Equal(0, await _bed.Rewards.RecomputeAsync());
        await _bed.AddYearAsync(2023, RoundStatus.Closed, ("22015", DossierState.NotRecognized));
        await _bed.RecognisedYearsAsync(2024, 2026, "22015");
        Assert.Equal(1, await _bed.Rewards.RecomputeAsync());
        Assert.Equal([2021, 2026], (await _bed.ProposalsAsync()).Select(p => p.LastYear));
    }

    [Theory]
    [InlineData("tinh.lanhdao", PortalRoles.ProvinceLeader, "54")]
    [InlineData("songcau.lanhdao", PortalRoles.DistrictLeader, "557")]
    [InlineData("tuyhoa.canbo", PortalRoles.DistrictOfficer, "555")]
    [InlineData("phuong1.lanhdao", PortalRoles.CommuneLeader, "22015")]
    public async Task A_district_reward_decided_by_anyone_but_the_communes_district_leader_is_refused_and_logged(string name, string role, string unit)
    {
        await _bed.RecognisedYearsAsync(2023, 2025, "22015");
        await _bed.Rewards.RecomputeAsync();
        var proposal = await _bed.ProposalAsync("22015", RewardLevel.District);

        var result = await _bed.Rewards.DecideAsync(await _bed.ScopeAsync(name, role, unit), proposal.Id, "12/QĐ-UBND",
            new(2026, 1, 15), RewardForm.GiayKhen, 1_000_000, "Võ Văn Nam");

        Assert.False(result.Succeeded);
        var after = await _bed.ProposalAsync("22015", RewardLevel.District);
        Assert.Equal((RewardStatus.Proposed, null, 0), (after.Status, after.DecisionNumber, after.Version));
        await using var db = _bed.Db.Context();
        Assert.True(await db.AccessRefusals.AnyAsync(r => r.UserName == name && r.Resource == $"reward:{proposal.Id}" && r.Action == "change"));
    }

    [Fact]
    public async Task A_province_reward_is_the_province_leaders_not_the_district_leaders()
    {
        await _bed.RecognisedYearsAsync(2021, 2025, "22015");
        await _bed.Rewards.RecomputeAsync();
        var proposal = await _bed.ProposalAsync("22015", RewardLevel.Province);
        var district = await _bed.ScopeAsync("tuyhoa.lanhdao", PortalRoles.DistrictLeader, "555");
        var province = await _bed.ScopeAsync("tinh.lanhdao", PortalRoles.ProvinceLeader, "54");

        Assert.False((await _bed.Rewards.DecideAsync(district, proposal.Id, "1/QĐ", new(2026, 2, 1), RewardForm.BangKhen, null, "X")).Succeeded);
        var result = await _bed.Rewards.DecideAsync(province, proposal.Id, " 45/QĐ-UBND ", new(2026, 2, 20), RewardForm.BangKhen, null, " Trần Văn Hùng ");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var after = await _bed.ProposalAsync("22015", RewardLevel.Province);
        Assert.Equal((RewardStatus.Decided, "45/QĐ-UBND", new DateOnly(2026, 2, 20), RewardForm.BangKhen, (long?)null, "Trần Văn Hùng", "tinh.lanhdao"),
            (after.Status, after.DecisionNumber, after.DecisionDate, after.Form, after.AmountVnd, after.Signer, after.DecidedBy));
        Assert.Equal(_bed.Clock.Now.UtcDateTime, after.DecidedAtUtc);
    }

    [Fact]
    public async Task The_district_leader_records_the_decision_with_the_amount_as_entered()
    {
        await _bed.RecognisedYearsAsync(2023, 2025, "22015");
        await _bed.Rewards.RecomputeAsync();
        var proposal = await _bed.ProposalAsync("22015", RewardLevel.District);
        var leader = await _bed.ScopeAsync("tuyhoa.lanhdao", PortalRoles.DistrictLeader, "555");

        var result = await _bed.Rewards.DecideAsync(leader, proposal.Id, "12/QĐ-UBND", new(2026, 1, 15), RewardForm.GiayKhen, 1_490_000, "Võ Văn Nam");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((RewardStatus.Decided, 1_490_000L, 1), ((await _bed.ProposalsAsync())[0].Status, (await _bed.ProposalsAsync())[0].AmountVnd!.Value, (await _bed.ProposalsAsync())[0].Version));

        var again = await _bed.Rewards.DecideAsync(leader, proposal.Id, "13/QĐ-UBND", new(2026, 1, 16), RewardForm.GiayKhen, 0, "Võ Văn Nam");
        Assert.False(again.Succeeded);
        Assert.Equal("12/QĐ-UBND", (await _bed.ProposalsAsync())[0].DecisionNumber);
    }

    [Fact]
    public async Task An_invalid_decision_lists_every_problem_and_saves_nothing()
    {
        await _bed.RecognisedYearsAsync(2023, 2025, "22015");
        await _bed.Rewards.RecomputeAsync();
        var proposal = await _bed.ProposalAsync("22015", RewardLevel.District);
        var leader = await _bed.ScopeAsync("tuyhoa.lanhdao", PortalRoles.DistrictLeader, "555");

        var missing = await _bed.Rewards.DecideAsync(leader, proposal.Id, " ", null, RewardForm.GiayKhen, -1, "");
        var future = await _bed.Rewards.DecideAsync(leader, proposal.Id, "12/QĐ-UBND", new(2026, 11, 30), RewardForm.GiayKhen, null, "Võ Văn Nam");
        var decline = await _bed.Rewards.DeclineAsync(leader, proposal.Id, "  ");

        Assert.Equal(4, missing.Errors.Count);
        Assert.Single(future.Errors);
        Assert.Single(decline.Errors);
        var after = await _bed.ProposalAsync("22015", RewardLevel.District);
        Assert.Equal((RewardStatus.Proposed, null, null, 0), (after.Status, after.DecisionNumber, after.Signer, after.Version));
    }

    [Fact]
    public async Task Declining_keeps_the_reason_and_closes_the_proposal()
    {
        await _bed.RecognisedYearsAsync(2023, 2025, "22015");
        await _bed.Rewards.RecomputeAsync();
        var proposal = await _bed.ProposalAsync("22015", RewardLevel.District);
        var leader = await _bed.ScopeAsync("tuyhoa.lanhdao", PortalRoles.DistrictLeader, "555");

        Assert.True((await _bed.Rewards.DeclineAsync(leader, proposal.Id, "Đã khen thưởng ngoài hệ thống")).Succeeded);
        var after = await _bed.ProposalAsync("22015", RewardLevel.District);
        Assert.Equal((RewardStatus.Declined, "Đã khen thưởng ngoài hệ thống", "tuyhoa.lanhdao"), (after.Status, after.DeclineReason, after.DecidedBy));
        Assert.Equal(0, await _bed.Rewards.RecomputeAsync());
    }

    [Fact]
    public async Task Lists_and_streaks_keep_to_the_readers_scope()
    {
        await _bed.RecognisedYearsAsync(2021, 2025, "22015", "22051");
        await _bed.Rewards.RecomputeAsync();
        var tuyhoa = await _bed.ScopeAsync("tuyhoa.lanhdao", PortalRoles.DistrictLeader, "555");
        var songcau = await _bed.ScopeAsync("songcau.lanhdao", PortalRoles.DistrictLeader, "557");
        var province = await _bed.ScopeAsync("tinh.lanhdao", PortalRoles.ProvinceLeader, "54");

        var rows = await _bed.Rewards.ListAsync(tuyhoa);
        Assert.All(rows, r => Assert.Equal("Phường 1", r.Commune));
        Assert.Equal([true, false], rows.OrderBy(r => r.StreakLength).Select(r => r.CanDecide));
        Assert.Equal(["Phường Xuân Phú"], (await _bed.Rewards.ListAsync(songcau)).Select(r => r.Commune).Distinct());
        Assert.Equal(4, (await _bed.Rewards.ListAsync(province)).Count);
        Assert.Equal(2, (await _bed.Rewards.ListAsync(province)).Count(r => r.CanDecide));
        Assert.Empty(await _bed.Rewards.ListAsync(Portal.Workflows.Access.UserScope.Anonymous));

        var streaks = await _bed.Rewards.StreaksAsync(songcau);
        Assert.Equal(("Phường Xuân Phú", 5), (streaks.Single().Name, streaks.Single().Streaks.Current.Length));
    }
}
