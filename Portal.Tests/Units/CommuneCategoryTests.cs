using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Rounds;
using Portal.Tests.Dossiers;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Rounds;
using Portal.Workflows.Units.Categories;

namespace Portal.Tests.Units;

/// <summary>Categories (issue 11 item 3): set by the province, read by the commune, confirmed or corrected by the district with a reason.</summary>
[Trait("Category", "Integration")]
public sealed class CommuneCategoryTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    private CommuneCategories Categories => _bed.Db.Services.GetRequiredService<CommuneCategories>();
    private CategoryCsvImport Import => _bed.Db.Services.GetRequiredService<CategoryCsvImport>();
    public async Task InitializeAsync() => _bed = await DossierTestBed.CreateAsync();
    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_commune_without_a_category_from_the_province_cannot_register_and_cannot_set_its_own()
    {
        var province = await _bed.Db.UnitAsync("54");
        var commune = await _bed.Db.UnitAsync("22051");
        var officer = await _bed.ScopeAsync("xuanphu.canbo", PortalRoles.CommuneOfficer, "22051");
        var rounds = _bed.Db.Services.GetRequiredService<RoundService>();
        var due = RoundRules.Order.Select((s, i) => (s, new DateOnly(2026, 10, 25).AddDays(10 * i))).ToDictionary(x => x.s, x => x.Item2);
        var id = (await rounds.CreateAsync(_bed.Admin, new NewRound(2027, "Đợt 2027", "DEMO-06", province.Id, ApprovalChain.ThreeLevel,
            new(2026, 11, 1), new(2027, 10, 31), new(2026, 10, 30), 5, due, []))).Value;

        var refused = await rounds.RegisterAsync(officer, id, commune.Id);
        Assert.Contains("chưa xác định loại", Assert.Single(refused.Errors));
        Assert.True((await Categories.SetAsync(officer, commune.Id, "DEMO-06", "A")).IsRefused);

        var provinceOfficer = await _bed.ScopeAsync("so.canbo", PortalRoles.ProvinceOfficer, "54");
        Assert.True((await Categories.SetAsync(provinceOfficer, commune.Id, "DEMO-06", "A")).Succeeded);
        Assert.True((await rounds.RegisterAsync(officer, id, commune.Id)).Succeeded);
        await using var db = _bed.Db.Context();
        Assert.Equal("A", (await db.Registrations.SingleAsync(r => r.RoundId == id && r.UnitId == commune.Id)).Category);
        Assert.True(await db.AccessRefusals.AnyAsync(r => r.UserName == "xuanphu.canbo"));
        var read = (await Categories.ReadAsync(officer, commune.Id)).Value!;
        Assert.False(read.CanSet);
        Assert.Equal("A", read.Lines.Single(l => l.StandardCode == "DEMO-06").Category);
    }

    [Fact]
    public async Task A_category_file_with_a_bad_line_is_refused_whole_naming_each_line()
    {
        var province = await _bed.Db.UnitAsync("54");
        var bad = "commune_code,standard,category\n22051,QD34-2014,A\n99999,QD34-2014,B\n22052,QD34-2014,Z\n";

        var refused = await Import.ImportAsync(_bed.Admin, province.Id, new StringReader(bad));

        Assert.Equal(["Dòng 3", "Dòng 4"], refused.Errors.Select(e => e[..6]));
        await using (var db = _bed.Db.Context())
            Assert.False(await db.CommuneCategories.AnyAsync(a => a.StandardCode == "QD34-2014"));

        var good = "commune_code,standard,category\n22051,QD34-2014,A\n22052,QD34-2014,C\n";
        Assert.Equal(2, (await Import.ImportAsync(_bed.Admin, province.Id, new StringReader(good))).Value);
        await using var after = _bed.Db.Context();
        Assert.Equal(2, await after.CommuneCategories.CountAsync(a => a.StandardCode == "QD34-2014"));
        Assert.True((await Import.ImportAsync(_bed.DistrictOfficer, province.Id, new StringReader(good))).IsRefused);
    }

    [Fact]
    public async Task The_district_confirms_the_category_by_accepting_or_corrects_it_with_a_reason_in_the_history()
    {
        var id = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(id);
        var corrections = _bed.Db.Services.GetRequiredService<DossierCorrections>();
        Assert.False((await corrections.CorrectCategoryAsync(_bed.DistrictOfficer, id, await _bed.VersionAsync(id), "A", "")).Succeeded);
        Assert.True((await corrections.CorrectCategoryAsync(_bed.CommuneOfficer, id, await _bed.VersionAsync(id), "A", "x")).IsRefused);

        Assert.True((await corrections.CorrectCategoryAsync(_bed.DistrictOfficer, id, await _bed.VersionAsync(id), "A",
            "Phường thuộc thành phố trực thuộc Trung ương")).Succeeded);
        await _bed.StepAsync(_bed.DistrictOfficer, id, DossierTrigger.AcceptForAppraisal);

        Assert.Equal("A", (await _bed.DossierAsync("22015")).Category);
        var history = (await _bed.Pages.ReadAsync(_bed.DistrictOfficer, id)).Value!.History;
        Assert.Equal("B → A: Phường thuộc thành phố trực thuộc Trung ương", history.Single(h => h.Trigger == nameof(DossierRecord.CorrectCategory)).Comment);
        Assert.Equal("Đã kiểm tra và xác nhận loại: A.", history.Last().Comment);
    }
}
