using Microsoft.EntityFrameworkCore;
using Portal.Data.Activities;
using Portal.Data.Dossiers;
using Portal.Data.Rewards;
using Portal.Workflows.Access;

namespace Portal.Tests.Reports;

/// <summary>The commune list, streaks and rewards, activities, and the scope rule on all of them.</summary>
[Trait("Category", "Integration")]
public sealed class ReportListTests
{
    [Fact]
    public async Task Commune_list_has_one_row_per_dossier_in_map_order_with_totals_verdict_and_decision()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var report = (await bed.Reports.CommuneListAsync(bed.ProvinceOfficer, bed.RoundId, null))!;

        // 22053 registered without a dossier is not a row; Tuy Hoà's communes come before Sông Cầu's.
        Assert.Equal(["22015", "22018", "22045", "22051", "22052"], report.Rows.Select(r => r.Code));
        var phuong1 = report.Rows[0];
        Assert.Equal(("Phường 1", "Thành phố Tuy Hoà", "B", 950, 930, DossierState.Recognized, "15/QĐ-UBND", new DateOnly(2026, 12, 10)),
            (phuong1.Name, phuong1.District, phuong1.Category, phuong1.SelfTotal!.Value, phuong1.AppraisedTotal!.Value, phuong1.State,
                phuong1.DecisionNumber, phuong1.DecisionDate!.Value));
        Assert.Equal([DossierState.Recognized, DossierState.UnderAppraisal, DossierState.NotRecognized, DossierState.Recognized, DossierState.Withdrawn],
            report.Rows.Select(r => r.State));
        Assert.Null(report.Rows[1].AppraisedTotal);
        Assert.Equal(["22051", "22052"], (await bed.Reports.CommuneListAsync(bed.ProvinceOfficer, bed.RoundId, await bed.UnitIdAsync("557")))!
            .Rows.Select(r => r.Code));
    }

    [Fact]
    public async Task Default_unit_is_the_readers_own_and_for_an_administrator_the_rounds()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        Assert.Equal("22015", (await bed.Reports.ResolveAsync(bed.CommuneOfficer, bed.RoundId, null))!.UnitCode);
        Assert.Equal("54", (await bed.Reports.ResolveAsync(bed.Admin, bed.RoundId, null))!.UnitCode);
        Assert.Null(await bed.Reports.ResolveAsync(bed.Admin, 9999, null));
        // An administrator may pick any unit, even one the round does not cover: it simply has no dossiers.
        Assert.Empty((await bed.Reports.CommuneListAsync(bed.Admin, bed.RoundId, await bed.UnitIdAsync("001")))!.Rows);
    }

    [Fact]
    public async Task The_unit_choices_are_the_readers_unit_and_everything_below_it()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        Assert.Equal(["555", "22015", "22018", "22045"], (await bed.Reports.UnitChoicesAsync(bed.DistrictOfficer, bed.RoundId)).Select(u => u.Code));
        var province = await bed.Reports.UnitChoicesAsync(bed.ProvinceOfficer, bed.RoundId);
        Assert.Equal("54", province[0].Code);
        Assert.Equal(11, province.Count); // the province, 3 districts, 7 communes
        Assert.Empty(await bed.Reports.UnitChoicesAsync(bed.HanoiOfficer, bed.RoundId));
    }

    [Theory]
    [InlineData("commune", "555")]   // the commune officer's own district
    [InlineData("commune", "22045")] // a neighbouring commune
    [InlineData("district", "557")]  // another district
    [InlineData("district", "54")]   // the province above
    public async Task A_unit_outside_the_readers_scope_is_refused_and_logged(string reader, string code)
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var scope = reader == "commune" ? bed.CommuneOfficer : bed.DistrictOfficer;
        var unit = await bed.UnitIdAsync(code);
        await Assert.ThrowsAsync<AccessRefusedException>(() => bed.Reports.SummaryAsync(scope, bed.RoundId, unit));
        Assert.True((await bed.Export.ExcelAsync(scope, Portal.Workflows.Reports.ReportKind.Communes,
            bed.RoundId, unit, Portal.Workflows.Texts.ReportText.Vietnamese)).IsRefused);
        await using var db = bed.Db.Context();
        Assert.Equal(2, await db.AccessRefusals.CountAsync(r => r.UserName == scope.UserName && r.Resource == $"report/unit/{unit}"));
    }

    [Fact]
    public async Task A_round_of_another_province_is_refused_and_logged()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        await Assert.ThrowsAsync<AccessRefusedException>(() => bed.Reports.CommuneListAsync(bed.HanoiOfficer, bed.RoundId, null));
        await using var db = bed.Db.Context();
        Assert.True(await db.AccessRefusals.AnyAsync(r => r.UserName == "phucxa.canbo" && r.Resource == $"report/round/{bed.RoundId}"));
    }

    [Fact]
    public async Task Streaks_and_rewards_are_those_of_the_communes_below_the_unit()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var province = (await bed.Reports.RewardsAsync(bed.ProvinceOfficer, bed.RoundId, null))!;
        Assert.Equal([("22015", 2, "2025–2026"), ("22051", 1, "2026")],
            province.Streaks.Select(s => (s.Code, s.Current.Length, Portal.Workflows.Reports.ReportFigures.Years(s.Current.Years))));
        var proposal = Assert.Single(province.Proposals); // Hà Nội's proposal is not Phú Yên's
        Assert.Equal(("Phường 1", RewardLevel.District, RewardStatus.Decided, "20/QĐ-UBND", new DateOnly(2026, 12, 18), RewardForm.GiayKhen, 1_500_000L),
            (proposal.Commune, proposal.Level, proposal.Status, proposal.DecisionNumber, proposal.DecisionDate!.Value, proposal.Form!.Value, proposal.AmountVnd!.Value));

        var songCau = (await bed.Reports.RewardsAsync(bed.Admin, bed.RoundId, await bed.UnitIdAsync("557")))!;
        Assert.Equal(["22051"], songCau.Streaks.Select(s => s.Code));
        Assert.Empty(songCau.Proposals);
    }

    [Fact]
    public async Task Activities_of_the_rounds_year_per_district_with_a_total_row()
    {
        await using var bed = await ReportTestBed.CreateAsync();
        var report = (await bed.Reports.ActivitiesAsync(bed.ProvinceOfficer, bed.RoundId, null))!;
        Assert.Equal(["555", "557", "558"], report.Rows.Select(r => r.UnitCode));
        var (tuyHoa, songCau, dongXuan, total) = (report.Rows[0], report.Rows[1], report.Rows[2], report.Total);
        Assert.Equal((3, 2, 3, 2, 420, 1, 1, 1, 1, 0, 0), (tuyHoa.TargetRegistered!.Value, tuyHoa.TargetRecognised!.Value, tuyHoa.Registered,
            tuyHoa.Communications, tuyHoa.AudienceReached, tuyHoa.CommunicationsByKind[CommunicationKind.Tet], tuyHoa.SafeModels,
            tuyHoa.SafeModelsByKind[SafeModelKind.School], tuyHoa.Inspections, tuyHoa.FollowUpsOpen, tuyHoa.FollowUpsOverdue));
        Assert.Equal((3, 1, 80, 0, 1, 1, 1), (songCau.Registered, songCau.Communications, songCau.AudienceReached, songCau.SafeModels,
            songCau.Inspections, songCau.FollowUpsOpen, songCau.FollowUpsOverdue)); // the 2025 talk and the ended model do not count
        Assert.Null(songCau.TargetRecognised);
        Assert.Equal((null, 0, 0), (dongXuan.TargetRegistered, dongXuan.Registered, dongXuan.Communications));
        Assert.Equal((5, 2, 6, 3, 500, 1, 2, 1, 1), (total.TargetRegistered!.Value, total.TargetRecognised!.Value, total.Registered,
            total.Communications, total.AudienceReached, total.SafeModels, total.Inspections, total.FollowUpsOpen, total.FollowUpsOverdue));
        Assert.Equal(1, total.CommunicationsByKind[CommunicationKind.MidAutumn]);
    }
}
