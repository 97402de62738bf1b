using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.Tests.Units;
using Portal.Workflows.Chains;
using Portal.Workflows.Reports;
using Portal.Workflows.Rounds;

namespace Portal.Tests.Rounds;

/// <summary>The 2025 structure (issue 11 item 7): a round's chain agrees with its units, two-level settings wait for the province's basis.</summary>
[Trait("Category", "Integration")]
public sealed class RoundChainTests : IAsyncLifetime
{
    private TwoLevelBed _bed = null!;
    private RoundService Rounds => _bed.Db.Services.GetRequiredService<RoundService>();
    public async Task InitializeAsync() => _bed = await TwoLevelBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private static NewRound Request(int scopeUnitId, ApprovalChain chain)
    {
        var due = RoundRules.Order.Select((s, i) => (s, new DateOnly(2026, 10, 25).AddDays(10 * i))).ToDictionary(x => x.s, x => x.Item2);
        return new NewRound(2026, "Đợt 2026", "DEMO-06", scopeUnitId, chain, new(2025, 11, 1), new(2026, 10, 31), new(2026, 10, 30), 10, due, [],
            ReportDueDates: new Dictionary<ReportLevel, DateOnly> { [ReportLevel.Commune] = new(2026, 12, 5), [ReportLevel.District] = new(2026, 12, 15),
                [ReportLevel.Province] = new(2026, 12, 25) }) { MinistryName = "Bộ Y tế" };
    }

    [Theory]
    [InlineData("2024", "54", ApprovalChain.TwoLevel)]
    [InlineData("2025", "66", ApprovalChain.ThreeLevel)]
    public async Task A_round_whose_chain_disagrees_with_the_structure_of_its_units_is_refused(string structure, string code, ApprovalChain chain)
    {
        var unit = await _bed.UnitAsync(structure, code);
        var created = await Rounds.CreateAsync(_bed.Admin, Request(unit.Id, chain));
        Assert.False(created.Succeeded);
        Assert.Contains(created.Errors, e => e.Contains(chain == ApprovalChain.TwoLevel ? "ba cấp" : "hai cấp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_two_level_rounds_settings_are_the_provinces_unconfirmed_until_it_names_their_legal_basis()
    {
        var province = await _bed.UnitAsync("2025", "66");
        var id = (await Rounds.CreateAsync(_bed.Admin, Request(province.Id, ApprovalChain.TwoLevel))).Value;
        var round = (await Rounds.FindAsync(_bed.Admin, id)).Value!;
        Assert.Equal((UnitLevel.Province, UnitLevel.Province, UnitLevel.Province), (round.Policy.AppraisingLevel, round.Policy.DecidingLevel, round.Policy.Award(3).Level));
        Assert.False(round.Policy.Confirmed);

        var officer = await _bed.ScopeAsync("daklak.canbo", PortalRoles.ProvinceOfficer, "2025", "66");
        var settings = round.Settings! with { Policy = round.Policy with { ConfirmedBasis = "Quyết định số 12/QĐ-UBND ngày 05/08/2025 của UBND tỉnh" } };
        Assert.True((await Rounds.UpdateSettingsAsync(officer, id, settings)).Succeeded);
        var after = (await Rounds.FindAsync(_bed.Admin, id)).Value!;
        Assert.True(after.Policy.Confirmed);
        Assert.Equal("Quyết định số 12/QĐ-UBND ngày 05/08/2025 của UBND tỉnh", after.Policy.Basis);

        var district = await _bed.ScopeAsync("tuyhoa.canbo", PortalRoles.DistrictOfficer, "2024", "555");
        Assert.False((await Rounds.UpdateSettingsAsync(district, id, settings)).Succeeded);
    }

    [Fact]
    public async Task In_a_two_level_round_the_commune_reports_to_the_province_and_the_province_to_the_ministry_the_round_names()
    {
        var province = await _bed.UnitAsync("2025", "66");
        var id = (await Rounds.CreateAsync(_bed.Admin, Request(province.Id, ApprovalChain.TwoLevel))).Value;
        var commune = await _bed.UnitAsync("2025", "22015");

        var duty = await _bed.Db.Services.GetRequiredService<ReportService>().DutyAsync(_bed.Admin, id, commune.Id);

        Assert.Equal([ReportLevel.Commune, ReportLevel.Province], duty!.DueDates.Keys.Order());
        Assert.Equal("xã gửi tỉnh", duty.LevelNames[ReportLevel.Commune]);
        Assert.Equal("tỉnh gửi Bộ Y tế", duty.LevelNames[ReportLevel.Province]);
        Assert.DoesNotContain(duty.LevelNames.Values, n => n.Contains("huyện", StringComparison.Ordinal));
    }
}
