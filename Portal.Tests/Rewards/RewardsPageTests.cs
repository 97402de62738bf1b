using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Rounds;
using Portal.Tests.Components;
using Portal.Web.Rewards;
using Portal.Workflows.Rewards;
using Portal.Workflows.Standards;

namespace Portal.Tests.Rewards;

/// <summary>The rewards page: streaks and proposals of the reader's scope, the decision form for the right leader only.</summary>
[Trait("Category", "Component")]
public sealed class RewardsPageTests : PortalComponentTest
{
    private async Task SeedAsync()
    {
        await UseDatabaseAsync();
        await Database!.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        for (var year = 2021; year <= 2025; year++)
            await RewardTestBed.AddYearAsync(Database, year, RoundStatus.Closed, ("22015", DossierState.Recognized), ("22051", DossierState.Recognized));
        await Database.Services.GetRequiredService<RewardService>().RecomputeAsync();
    }

    [Fact]
    public async Task The_district_leader_sees_the_streak_and_records_the_three_year_decision_with_its_amount()
    {
        await SeedAsync();
        await SignInAsync("tuyhoa.lanhdao", PortalRoles.DistrictLeader, "555");
        SetRendererInfo(new RendererInfo("Server", true));
        var cut = Render<RewardsPage>();
        cut.WaitForAssertion(() => Assert.Equal("Phường 1", cut.Find(".streak-commune").TextContent));
        Assert.Equal("5 năm", cut.Find(".streak-length").TextContent.Trim());
        Assert.DoesNotContain("Xuân Phú", cut.Markup);
        Assert.Single(cut.FindAll(".proposal-decide")); // the 3-year one; the 5-year one is the province's

        cut.Find(".proposal-decide").Click();
        cut.Find("#reward-number").Change("12/QĐ-UBND");
        cut.Find("#reward-date").Change("15/01/2026");
        cut.Find("#reward-amount").Change("1500000");
        cut.Find("#reward-signer").Change("Võ Văn Nam");
        cut.Find("#reward-decide").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#reward-form")));
        Assert.Contains("1.500.000 ₫", cut.Markup);
        Assert.Empty(cut.FindAll(".proposal-decide"));
        await using var db = Database!.Context();
        var decided = await db.RewardProposals.SingleAsync(p => p.Status == RewardStatus.Decided);
        Assert.Equal((RewardLevel.District, "12/QĐ-UBND", new DateOnly(2026, 1, 15), RewardForm.GiayKhen, 1_500_000L),
            (decided.Level, decided.DecisionNumber, decided.DecisionDate, decided.Form, decided.AmountVnd!.Value));
    }

    [Fact]
    public async Task A_viewer_sees_the_proposals_of_the_province_but_no_decision_form()
    {
        await SeedAsync();
        await SignInAsync("tinh.quansat", PortalRoles.Viewer, "54");
        SetRendererInfo(new RendererInfo("Server", true));
        var cut = Render<RewardsPage>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll(".proposal-status").Count));
        Assert.Contains("Phường Xuân Phú", cut.Markup);
        Assert.Empty(cut.FindAll(".proposal-decide"));
    }
}
