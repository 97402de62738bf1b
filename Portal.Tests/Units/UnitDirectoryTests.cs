using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Units;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Units;

namespace Portal.Tests.Units;

/// <summary>The unit queries against a real (in-memory) SQLite database, through the scope rule.</summary>
[Trait("Category", "Integration")]
public sealed class UnitDirectoryTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private UnitDirectory Directory => _db.Services.GetRequiredService<UnitDirectory>();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<UserScope> ScopeAsync(string role, string? code)
    {
        if (code is null) return new UserScope("admin", "admin", new HashSet<string> { role }, null, null);
        var unit = await _db.UnitAsync(code);
        return new UserScope("u-" + code, "user." + code, new HashSet<string> { role }, unit.Id, unit.Path);
    }

    [Theory]
    [InlineData("tuy hoa", "555")]
    [InlineData("TUY HÒA", "555")]
    [InlineData("binh kien", "22045")]
    [InlineData("22051", "22051")]
    [InlineData("phuc xa", "00001")]
    public async Task Search_finds_names_without_diacritics_and_codes(string text, string expectedCode)
    {
        var (rows, total) = await Directory.SearchAsync(await ScopeAsync(PortalRoles.Administrator, null), new UnitQuery(Text: text), 0, 50);
        Assert.Equal(1, total);
        Assert.Equal(expectedCode, rows.Single().Code);
    }

    [Fact]
    public async Task Search_shows_only_the_scope_of_a_district_officer_in_tree_order()
    {
        var (rows, total) = await Directory.SearchAsync(await ScopeAsync(PortalRoles.DistrictOfficer, "555"), new UnitQuery(), 0, 50);
        Assert.Equal(3, total);
        Assert.Equal(["555", "22015", "22045"], rows.Select(r => r.Code));
        Assert.Equal("Thành phố Tuy Hoà", rows[1].ParentName);
    }

    [Fact]
    public async Task Search_pages_and_filters_by_level()
    {
        var admin = await ScopeAsync(PortalRoles.Administrator, null);
        var (page, total) = await Directory.SearchAsync(admin, new UnitQuery(Level: UnitLevel.Commune), 2, 2);
        Assert.Equal(5, total);
        Assert.Equal(["22045", "22051"], page.Select(r => r.Code));
    }

    [Fact]
    public async Task Get_returns_the_chain_of_parents_and_the_children()
    {
        var district = await _db.UnitAsync("555");
        var lookup = await Directory.GetAsync(await ScopeAsync(PortalRoles.ProvinceOfficer, "54"), district.Id);
        Assert.True(lookup.Succeeded);
        Assert.Equal(["54"], lookup.Value!.Ancestors.Select(a => a.Code));
        Assert.True(lookup.Value.Ancestors[0].CanOpen);
        Assert.Equal(["22015", "22045"], lookup.Value.Children.Select(c => c.Code));
    }

    [Fact]
    public async Task Get_marks_parents_outside_the_scope_as_not_openable()
    {
        var commune = await _db.UnitAsync("22015");
        var lookup = await Directory.GetAsync(await ScopeAsync(PortalRoles.CommuneOfficer, "22015"), commune.Id);
        Assert.Equal([false, false], lookup.Value!.Ancestors.Select(a => a.CanOpen));
    }

    [Fact]
    public async Task Get_refuses_a_unit_outside_the_scope_and_logs_it()
    {
        var other = await _db.UnitAsync("22045");
        var lookup = await Directory.GetAsync(await ScopeAsync(PortalRoles.CommuneOfficer, "22015"), other.Id);
        Assert.True(lookup.IsRefused);
        Assert.Null(lookup.Value);
        await using var db = _db.Context();
        var refusal = await db.AccessRefusals.SingleAsync();
        Assert.Equal(("user.22015", $"unit:{other.Id}", "read"), (refusal.UserName, refusal.Resource, refusal.Action));
    }

    [Fact]
    public async Task Get_of_an_unknown_id_is_not_found_rather_than_refused()
    {
        var lookup = await Directory.GetAsync(await ScopeAsync(PortalRoles.Administrator, null), 999_999);
        Assert.True(lookup.IsNotFound);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_adds_nothing()
    {
        var file = UnitFileParser.Parse(new StringReader(TestDatabase.SampleCsv));
        var result = await _db.Services.GetRequiredService<UnitImporter>()
            .ImportAsync(new AdminStructure { Code = "2024", Name = "2024", Levels = 3 }, file);
        Assert.Equal((0, 10), (result.Added, result.AlreadyPresent));
        await using var db = _db.Context();
        Assert.Equal(10, await db.Units.CountAsync());
    }
}
