using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Tests.Dossiers;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rounds;

namespace Portal.Tests.Chains;

/// <summary>The approval chain is one policy built from the round's settings, and everything asks it (issue 10 item 2).</summary>
[Trait("Category", "Integration")]
public sealed class ApprovalPolicyTests
{
    [Fact]
    public void In_two_levels_the_province_checks_decides_awards_is_told_and_receives_the_communes_report()
    {
        var policy = ApprovalPolicy.Default(ApprovalChain.TwoLevel);

        Assert.Equal([PortalRoles.ProvinceOfficer], policy.RolesFor(DossierTrigger.AcceptForAppraisal));
        Assert.Equal([PortalRoles.ProvinceLeader], policy.RolesFor(DossierTrigger.Recognize));
        Assert.Equal("/2025/66/", policy.DecidingUnitPath("/2025/66/22015/"));
        Assert.Equal(PortalRoles.ProvinceOfficer, policy.SupervisingRole(policy.ActingRoles(DossierState.SelfAssessing, false)));
        Assert.Equal(PortalRoles.ProvinceLeader, policy.RewardDecider(3));
        Assert.Equal([ReportLevel.Commune, ReportLevel.Province], policy.ReportLevels);
        Assert.Equal("xã gửi tỉnh", policy.ReportLevelNameVi(ReportLevel.Commune, "Bộ Y tế"));
        Assert.Equal("tỉnh gửi Bộ Y tế", policy.ReportLevelNameVi(ReportLevel.Province, "Bộ Y tế"));
        Assert.False(policy.Confirmed);
    }

    [Fact]
    public void In_three_levels_the_plans_rules_are_the_default_and_rest_on_the_plan()
    {
        var policy = ApprovalPolicy.Default(ApprovalChain.ThreeLevel);

        Assert.Equal("/2024/54/555/", policy.DecidingUnitPath("/2024/54/555/22015/"));
        Assert.Equal(new MilestoneAward(3, UnitLevel.District, RewardForm.GiayKhen), policy.Award(3));
        Assert.Equal(new MilestoneAward(5, UnitLevel.Province, RewardForm.BangKhen), policy.Award(5));
        Assert.Equal(PortalRoles.DistrictOfficer, policy.SupervisingRole([PortalRoles.CommuneOfficer]));
        Assert.True(policy.Confirmed);
        Assert.Contains("4779/QĐ-UBND", policy.Basis);
        // Changed rules are the province's own until it names their basis.
        Assert.False((policy with { AppraisingLevel = UnitLevel.Province }).Confirmed);
    }

    [Fact]
    public void Levels_outside_the_chain_or_upside_down_are_problems()
    {
        var two = ApprovalPolicy.Default(ApprovalChain.TwoLevel);
        Assert.NotEmpty((two with { AppraisingLevel = UnitLevel.District }).Problems(2));
        var three = ApprovalPolicy.Default(ApprovalChain.ThreeLevel);
        Assert.NotEmpty((three with { AppraisingLevel = UnitLevel.Province }).Problems(3)); // decided below where it is appraised
        Assert.NotEmpty((three with { FiveYears = new(5, UnitLevel.District, RewardForm.BangKhen), ThreeYears = new(3, UnitLevel.Province, RewardForm.GiayKhen) }).Problems(3));
        Assert.Empty(three.Problems(3));
        Assert.NotEmpty(three.Problems(2));
    }

    [Fact]
    public async Task A_round_whose_province_appraises_gives_the_check_to_the_province_officer_not_the_district()
    {
        await using var bed = await DossierTestBed.CreateAsync();
        var province = await bed.Db.UnitAsync("54");
        var due = RoundRules.Order.Select((s, i) => (s, new DateOnly(2026, 10, 25).AddDays(10 * i))).ToDictionary(x => x.s, x => x.Item2);
        var rounds = bed.Db.Services.GetRequiredService<RoundService>();
        var policy = ApprovalPolicy.Default(ApprovalChain.ThreeLevel) with { AppraisingLevel = UnitLevel.Province, DecidingLevel = UnitLevel.Province };
        var created = await rounds.CreateAsync(bed.Admin, new NewRound(2027, "Đợt 2027", "DEMO-06", province.Id, ApprovalChain.ThreeLevel,
            new(2026, 11, 1), new(2027, 10, 31), new(2026, 10, 30), 5, due, []) { Policy = policy });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        Assert.True((await rounds.RegisterAsync(bed.CommuneOfficer, created.Value, bed.CommuneOfficer.UnitId!.Value)).Succeeded);
        Assert.True((await rounds.OpenAsync(bed.Admin, created.Value)).Succeeded);
        await using var db = bed.Db.Context();
        var id = db.Dossiers.Single(d => d.RoundId == created.Value).Id;
        await bed.SubmitAsync(id);

        var provinceOfficer = await bed.ScopeAsync("so.canbo", PortalRoles.ProvinceOfficer, "54");
        Assert.Empty((await bed.Pages.ReadAsync(bed.DistrictOfficer, id)).Value!.PermittedTriggers);
        Assert.Equal([DossierTrigger.ReturnForSupplement, DossierTrigger.AcceptForAppraisal],
            (await bed.Pages.ReadAsync(provinceOfficer, id)).Value!.PermittedTriggers);
        Assert.False((await bed.Pages.ReadAsync(provinceOfficer, id)).Value!.Round.Policy.Confirmed);
    }
}
