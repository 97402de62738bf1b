using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Rounds;
using Portal.Tests.Infrastructure;
using Portal.Tests.Scoring;
using Portal.Workflows.Scoring;
using Portal.Workflows.Standards;

namespace Portal.Tests.Standards;

/// <summary>At start-up a shipped set is refreshed from its corrected file, unless a round uses it or an administrator edited it.</summary>
[Trait("Category", "Integration")]
public sealed class ShippedSetRefreshTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ShippedStandardSets Shipped => _db.Services.GetRequiredService<ShippedStandardSets>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await Shipped.EnsureAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>Stores an older content for a shipped set, as a portal started before the file was corrected would have.</summary>
    private async Task StoreOldContentAsync(string code, string by = ShippedStandardSets.SeedUser)
    {
        await using var db = _db.Context();
        var row = await db.StandardSets.SingleAsync(s => s.Code == code);
        (row.Json, row.UpdatedBy) = (row.Json.Replace("\"minTotal\": 850", "\"minTotal\": 851", StringComparison.Ordinal), by);
        await db.SaveChangesAsync();
    }

    private async Task<string> StoredJsonAsync(string code)
    {
        await using var db = _db.Context();
        return (await db.StandardSets.SingleAsync(s => s.Code == code)).Json;
    }

    [Fact]
    public async Task A_set_no_round_uses_is_refreshed_from_its_file()
    {
        await StoreOldContentAsync("QD34-2014");

        Assert.Equal(1, await Shipped.EnsureAsync());

        var stored = StandardSetFormat.Read(await StoredJsonAsync("QD34-2014")).Set!;
        Assert.Equal(ShippedSets.Load(ShippedSets.Qd34), stored);
        Assert.Equal(0, await Shipped.EnsureAsync());
    }

    [Fact]
    public async Task A_set_a_round_uses_stays_untouched()
    {
        await StoreOldContentAsync("QD34-2014");
        await using (var db = _db.Context())
        {
            var province = await _db.UnitAsync("54");
            db.Rounds.Add(new Round { Year = 2026, Name = "Đợt cũ", StandardCode = "QD34-2014", ScopeUnitId = province.Id });
            await db.SaveChangesAsync();
        }
        var before = await StoredJsonAsync("QD34-2014");

        Assert.Equal(0, await Shipped.EnsureAsync());
        Assert.Equal(before, await StoredJsonAsync("QD34-2014"));
    }

    [Fact]
    public async Task A_set_an_administrator_edited_stays_as_they_left_it()
    {
        await StoreOldContentAsync("QD34-2014", by: "quantri");
        var before = await StoredJsonAsync("QD34-2014");

        Assert.Equal(0, await Shipped.EnsureAsync());
        Assert.Equal(before, await StoredJsonAsync("QD34-2014"));
    }
}
