using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Tests.Dossiers;
using Portal.Workflows.Rounds;

namespace Portal.Tests.Rounds;

/// <summary>The round pages' capabilities come from the service: who creates, who opens, who registers; others are refused.</summary>
[Trait("Category", "Integration")]
public sealed class RoundPagesTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    private RoundPages Pages => _bed.Db.Services.GetRequiredService<RoundPages>();
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    /// <summary>A 2027 round of Phú Yên still taking registrations.</summary>
    private async Task<int> NewRoundAsync()
    {
        var province = await _bed.Db.UnitAsync("54");
        var due = RoundRules.Order.Select((s, i) => (s, new DateOnly(2027, 10, 25).AddDays(10 * i))).ToDictionary(x => x.s, x => x.Item2);
        var created = await _bed.Db.Services.GetRequiredService<RoundService>().CreateAsync(_bed.Admin, new NewRound(2027, "Đợt 2027", "DEMO-06",
            province.Id, ApprovalChain.ThreeLevel, new(2026, 11, 1), new(2027, 10, 31), new(2027, 10, 30), 5, due, []));
        return created.Value;
    }

    [Fact]
    public async Task The_province_officer_creates_and_opens_a_district_officer_does_neither()
    {
        var id = await NewRoundAsync();
        var province = await _bed.ScopeAsync("so.canbo", PortalRoles.ProvinceOfficer, "54");

        Assert.True((await Pages.ListAsync(province)).Value!.CanCreate);
        Assert.True((await Pages.RoundAsync(province, id)).Value!.CanOpen);
        Assert.False((await Pages.ListAsync(_bed.DistrictOfficer)).Value!.CanCreate);
        Assert.False((await Pages.RoundAsync(_bed.DistrictOfficer, id)).Value!.CanOpen);
        Assert.False((await Pages.RoundAsync(province, _bed.RoundId)).Value!.CanOpen); // already open
    }

    [Fact]
    public async Task Another_provinces_officer_is_refused_the_round_and_a_district_officer_the_new_round_form()
    {
        var id = await NewRoundAsync();
        var hanoi = await _bed.ScopeAsync("hanoi.canbo", PortalRoles.ProvinceOfficer, "01");

        Assert.True((await Pages.RoundAsync(hanoi, id)).IsRefused);
        Assert.True((await Pages.RoundAsync(hanoi, 999_999)).IsNotFound);
        Assert.True((await Pages.NewRoundAsync(_bed.DistrictOfficer)).IsRefused);
        Assert.True((await Pages.NewRoundAsync(hanoi)).Succeeded);
        await using var db = _bed.Db.Context();
        Assert.Equal(1, await db.AccessRefusals.CountAsync(r => r.UserName == "hanoi.canbo"));
        Assert.Equal(1, await db.AccessRefusals.CountAsync(r => r.UserName == "tuyhoa.canbo"));
    }

    [Fact]
    public async Task A_commune_registers_once_under_the_category_the_province_set()
    {
        var id = await NewRoundAsync();
        var page = (await Pages.RoundAsync(_bed.CommuneOfficer, id)).Value!;
        Assert.True(page.CanRegister);
        Assert.Equal("B", page.Category?.Code);

        Assert.True((await _bed.Db.Services.GetRequiredService<RoundService>().RegisterAsync(_bed.CommuneOfficer, id, _bed.CommuneOfficer.UnitId!.Value)).Succeeded);

        var after = (await Pages.RoundAsync(_bed.CommuneOfficer, id)).Value!;
        Assert.False(after.CanRegister);
        Assert.Null(after.Category);
    }
}
