using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Seed;
using Portal.Data.Units;
using Portal.DevTools;
using Portal.DevTools.Demo;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Standards;
using Portal.Workflows.Units;

namespace Portal.Tests.Rewards;

/// <summary>
/// The demo history made once on Phú Yên's units of the 2024 file, on 29/11/2026, for the tests that read it: it walks
/// every dossier through the use cases, which takes a while, and those tests only read (or add nothing).
/// </summary>
public sealed class DemoHistoryFixture : IAsyncLifetime
{
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));
    public TestDatabase Db { get; private set; } = null!;
    public DemoHistoryResult First { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(false, s => s.AddSingleton<TimeProvider>(Clock).AddPortalDevTools());
        await ImportPhuYenAsync(Db);
        await Db.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        First = await Db.Services.GetRequiredService<DemoHistory>().EnsureAsync();
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    /// <summary>The province of the demo (54) from the shipped 2024 file, without the rest of the country.</summary>
    private static async Task ImportPhuYenAsync(TestDatabase db)
    {
        using var reader = SeedFiles.Open("units", "units-2024.csv");
        var lines = reader.ReadToEnd().Split('\n');
        var csv = string.Join('\n', lines.Take(1).Concat(lines.Where(l => l.StartsWith("54,", StringComparison.Ordinal))));
        await db.Services.GetRequiredService<UnitImporter>().ImportAsync(
            new AdminStructure { Code = "2024", Name = "2024", Levels = 3 }, UnitFileParser.Parse(new StringReader(csv)));
    }
}
