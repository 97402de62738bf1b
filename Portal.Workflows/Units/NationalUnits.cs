using Portal.Data.Seed;
using Portal.Data.Units;

namespace Portal.Workflows.Units;

/// <summary>
/// The national lists shipped in Portal.Data/Seed/units (see SOURCE.md there for origin and licence),
/// imported at start-up. Both imports are idempotent, so every start may run them.
/// </summary>
public sealed class NationalUnits(UnitImporter importer)
{
    public static readonly AdminStructure Structure2024 = new()
    {
        Code = "2024", Name = "Ba cấp: tỉnh – huyện – xã (đến 30/06/2025)", Levels = 3,
        ValidFrom = new DateOnly(2025, 3, 1), ValidTo = new DateOnly(2025, 6, 30),
    };

    public static readonly AdminStructure Structure2025 = new()
    {
        Code = "2025", Name = "Hai cấp: tỉnh – xã (từ 01/07/2025)", Levels = 2, ValidFrom = new DateOnly(2025, 7, 1),
    };

    /// <summary>
    /// The five island districts of 2024 that have no commune, so no row of units-2024.csv carries them
    /// (listed in SOURCE.md). Without them the structure would count 691 districts instead of 696.
    /// </summary>
    public static readonly IReadOnlyList<UnitFileRow> IslandDistricts2024 =
    [
        new("318", "Huyện Bạch Long Vĩ", "Huyện", "31"),
        new("471", "Huyện Cồn Cỏ", "Huyện", "45"),
        new("498", "Huyện Hoàng Sa", "Huyện", "48"),
        new("536", "Huyện Lý Sơn", "Huyện", "51"),
        new("755", "Huyện Côn Đảo", "Huyện", "77"),
    ];

    public async Task<int> ImportAsync(CancellationToken ct = default)
    {
        var file2024 = Read("units-2024.csv");
        file2024 = file2024 with { Districts = [.. file2024.Districts, .. IslandDistricts2024] };
        var added = (await importer.ImportAsync(Copy(Structure2024), file2024, ct)).Added;
        added += (await importer.ImportAsync(Copy(Structure2025), Read("units-2025.csv"), ct)).Added;
        return added;
    }

    private static UnitFile Read(string name)
    {
        using var reader = SeedFiles.Open("units", name);
        return UnitFileParser.Parse(reader);
    }

    // A fresh entity each time: EF must not track the static instance across contexts.
    private static AdminStructure Copy(AdminStructure s) =>
        new() { Code = s.Code, Name = s.Name, Levels = s.Levels, ValidFrom = s.ValidFrom, ValidTo = s.ValidTo };
}
