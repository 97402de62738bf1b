using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Tests.Scoring;
using Portal.Workflows.Access;
using Portal.Workflows.Scoring;
using Portal.Workflows.Standards;

namespace Portal.Tests.Standards;

/// <summary>Standard sets stored in a real (in-memory) SQLite database.</summary>
[Trait("Category", "Integration")]
public sealed class StandardSetCatalogTests : IAsyncLifetime
{
    private static readonly UserScope Admin = new("admin-id", "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);
    private static readonly UserScope Officer = new("o-id", "so.canbo", new HashSet<string> { PortalRoles.ProvinceOfficer }, 1, "/2024/54/");
    private TestDatabase _db = null!;
    private StandardSetCatalog Catalog => _db.Services.GetRequiredService<StandardSetCatalog>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(withSampleUnits: false);
        await _db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static string DemoWithCode(string code) =>
        StandardSetFormat.Write(StandardSetFormat.Read(ShippedSets.Text(ShippedSets.Demo)).Set! with { Code = code });

    [Fact]
    public async Task The_shipped_sets_are_stored_once_whatever_the_number_of_starts()
    {
        Assert.Equal(0, await _db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync());
        var sets = await Catalog.ListAsync(Officer);
        Assert.Equal(["DEMO-06", "QD06-2019", "QD34-2014"], sets.Select(s => s.Code));
        Assert.Equal([true, false, false], sets.Select(s => s.Complete));
        Assert.True(sets.Single(s => s.Code == "DEMO-06").Illustrative);
    }

    [Fact]
    public async Task Import_then_export_then_import_gives_the_same_set()
    {
        Assert.True((await Catalog.ImportAsync(Admin, DemoWithCode("ROUND-1"))).Succeeded);
        var exported = await Catalog.ExportAsync(Officer, "ROUND-1");
        var again = StandardSetFormat.Read(exported!).Set!;
        Assert.True((await Catalog.ImportAsync(Admin, StandardSetFormat.Write(again with { Code = "ROUND-2" }))).Succeeded);
        var first = (await Catalog.GetAsync(Officer, "ROUND-1"))!.Set;
        var second = (await Catalog.GetAsync(Officer, "ROUND-2"))!.Set;
        Assert.Equal(first, second with { Code = "ROUND-1" });
        var best = DemoInputs.BestCase();
        Assert.Equal(StandardScorer.Score(first, best).Total, StandardScorer.Score(second, best).Total);
    }

    [Fact]
    public async Task A_refused_file_stores_nothing_and_names_each_problem_by_its_path()
    {
        var json = DemoWithCode("BAD-1").Replace("\"maxPoints\": 100,", "\"maxPoints\": 90,");
        var result = await Catalog.ImportAsync(Admin, json);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Path.StartsWith("$.criteria[0]") || p.Path == "$.totalPoints");
        await using var db = _db.Context();
        Assert.False(await db.StandardSets.AnyAsync(s => s.Code == "BAD-1"));
    }

    [Fact]
    public async Task An_existing_code_is_refused_on_import()
    {
        var result = await Catalog.ImportAsync(Admin, ShippedSets.Text(ShippedSets.Demo));
        Assert.Equal("$.code", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public async Task A_locked_set_cannot_change_but_can_be_copied_to_a_new_code()
    {
        var stored = (await Catalog.GetAsync(Admin, "DEMO-06"))!;
        await Catalog.LockAsync("DEMO-06");
        var edited = stored.Json.Replace("\"minTotal\": 900", "\"minTotal\": 910");
        var save = await Catalog.SaveAsync(Admin, "DEMO-06", edited, stored.Summary.Version);
        Assert.False(save.Succeeded);
        Assert.Equal(900, (await Catalog.GetAsync(Admin, "DEMO-06"))!.Set.Categories[0].MinTotal);

        var copy = await Catalog.CopyAsync(Admin, "DEMO-06", "DEMO-06-B");
        Assert.True(copy.Succeeded);
        var copied = (await Catalog.GetAsync(Admin, "DEMO-06-B"))!;
        Assert.False(copied.Summary.Locked);
        Assert.Equal("DEMO-06", copied.Summary.CopiedFrom);
        Assert.True((await Catalog.SaveAsync(Admin, "DEMO-06-B", copied.Json.Replace("\"minTotal\": 900", "\"minTotal\": 910"), copied.Summary.Version)).Succeeded);
        Assert.Equal(910, (await Catalog.GetAsync(Admin, "DEMO-06-B"))!.Set.Categories[0].MinTotal);
    }

    [Fact]
    public async Task A_save_on_a_stale_version_is_refused()
    {
        var stored = (await Catalog.GetAsync(Admin, "DEMO-06"))!;
        var edited = stored.Json.Replace("\"minTotal\": 900", "\"minTotal\": 905");
        Assert.True((await Catalog.SaveAsync(Admin, "DEMO-06", edited, stored.Summary.Version)).Succeeded);
        var late = await Catalog.SaveAsync(Admin, "DEMO-06", stored.Json, stored.Summary.Version);
        Assert.False(late.Succeeded);
        Assert.Equal(905, (await Catalog.GetAsync(Admin, "DEMO-06"))!.Set.Categories[0].MinTotal);
    }

    [Fact]
    public async Task Only_administrators_change_sets_and_a_refusal_is_logged()
    {
        await Assert.ThrowsAsync<AccessRefusedException>(() => Catalog.ImportAsync(Officer, DemoWithCode("X-1")));
        await Assert.ThrowsAsync<AccessRefusedException>(() => Catalog.CopyAsync(Officer, "DEMO-06", "X-2"));
        await using var db = _db.Context();
        Assert.Equal(2, await db.AccessRefusals.CountAsync(r => r.UserName == "so.canbo" && r.Action == "change"));
        Assert.False(await db.StandardSets.AnyAsync(s => s.Code.StartsWith("X-")));
    }
}
