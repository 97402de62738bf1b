using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Rounds;

namespace Portal.Tests.Rewards;

/// <summary>Consecutive means consecutive (issue 11 item 1): any evaluation year without a recognition breaks a streak.</summary>
[Trait("Category", "Integration")]
public sealed class ConsecutiveYearsTests : IAsyncLifetime
{
    private RewardTestBed _bed = null!;
    public async Task InitializeAsync() => _bed = await RewardTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Recognised_2023_and_2024_no_round_in_2025_recognised_2026_makes_no_three_year_proposal()
    {
        await _bed.RecognisedYearsAsync(2023, 2024, "22015");
        await _bed.RecognisedYearsAsync(2026, 2026, "22015");

        Assert.Equal(0, await _bed.Rewards.RecomputeAsync());
        Assert.Empty(await _bed.ProposalsAsync());
    }

    [Fact]
    public async Task A_year_the_commune_did_not_finish_before_the_round_closed_breaks_its_streak()
    {
        await _bed.RecognisedYearsAsync(2022, 2023, "22015");
        await _bed.AddYearAsync(2024, RoundStatus.Closed, ("22015", DossierState.NotFinished));
        await _bed.RecognisedYearsAsync(2025, 2026, "22015");

        Assert.Equal(0, await _bed.Rewards.RecomputeAsync());
    }

    [Fact]
    public async Task Three_consecutive_recognised_years_still_propose_the_district_reward()
    {
        await _bed.RecognisedYearsAsync(2024, 2026, "22015");

        Assert.Equal(1, await _bed.Rewards.RecomputeAsync());
        var proposal = await _bed.ProposalAsync("22015", RewardLevel.District);
        Assert.Equal(("2024,2025,2026", Data.Units.UnitLevel.District, RewardForm.GiayKhen), (proposal.Years, proposal.DeciderLevel, proposal.UsualForm));
    }
}
