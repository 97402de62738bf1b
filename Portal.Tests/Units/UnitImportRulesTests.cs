using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Units;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Units;

namespace Portal.Tests.Units;

/// <summary>
/// An import must agree with the database: a code already there under another name or parent is refused naming
/// its line, not counted as "already present"; names are length-limited; a structure code cannot hold a "/".
/// </summary>
[Trait("Category", "Integration")]
public sealed class UnitImportRulesTests
{
    private const string Header = UnitFileParser.Header2024;

    private static async Task<int> UnitCountAsync(TestDatabase db)
    {
        await using var context = db.Context();
        return await context.Units.CountAsync();
    }

    private static Task<UnitImportResult> ImportAsync(TestDatabase db, string csv, string structure = "2024", int levels = 3) =>
        db.Services.GetRequiredService<UnitImporter>().ImportAsync(
            new AdminStructure { Code = structure, Name = structure, Levels = levels }, UnitFileParser.Parse(new StringReader(csv)));

    [Theory]
    [InlineData("54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22015,Phường Một,Phường", "22015", "Phường 1")]   // another name
    [InlineData("54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22015,Phường 1,Phường", "22015", "555")]          // another parent
    [InlineData("54,Tỉnh Phú Yên Mới,555,Thành phố Tuy Hoà,22099,Phường 9,Phường", "54", "Tỉnh Phú Yên")] // the province renamed
    public async Task A_row_that_contradicts_the_database_is_refused_naming_its_line_and_nothing_is_added(string row, string code, string inDatabase)
    {
        await using var db = await TestDatabase.CreateAsync();
        var before = await UnitCountAsync(db);
        var csv = $"{Header}\n\n{row}\n";
        var error = Assert.Single((await Assert.ThrowsAsync<UnitFileException>(() => ImportAsync(db, csv))).Errors);
        Assert.StartsWith("Dòng 3:", error);
        Assert.Contains($"mã {code} đã có trong cơ sở dữ liệu", error);
        Assert.Contains(inDatabase, error);
        Assert.Equal(before, await UnitCountAsync(db));
    }

    [Fact]
    public async Task The_same_rows_again_are_already_present_not_refused()
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await ImportAsync(db, TestDatabase.SampleCsv);
        Assert.Equal(0, result.Added);
    }

    [Fact]
    public async Task A_file_of_another_number_of_levels_than_the_structure_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync();
        var twoLevels = $"{UnitFileParser.Header2025}\n54,Tỉnh Phú Yên,22099,Phường 9,Phường\n";
        var refused = await Assert.ThrowsAsync<UnitFileException>(() => ImportAsync(db, twoLevels, "2024", 2));
        Assert.Contains("Cấu trúc 2024 có 3 cấp", Assert.Single(refused.Errors));
    }

    [Theory]
    [InlineData("2024/54")]
    [InlineData("../x")]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("ABCDEFGHIJKLMNOPQ")]
    public async Task A_structure_code_that_could_reach_into_another_structure_s_paths_is_refused(string code)
    {
        Assert.NotNull(UnitStructureCode.Problem(code));
        await using var db = await TestDatabase.CreateAsync(withSampleUnits: false);
        await Assert.ThrowsAsync<UnitFileException>(() => ImportAsync(db, TestDatabase.SampleCsv, code));
        Assert.Equal(0, await UnitCountAsync(db));
    }

    [Fact]
    public void A_unit_name_longer_than_100_characters_is_refused_naming_its_line()
    {
        var longName = "Xã " + new string('A', 98);
        var csv = $"{Header}\n54,Tỉnh Phú Yên,555,Thành phố Tuy Hoà,22099,{longName},Xã\n";
        var error = Assert.Single(Assert.Throws<UnitFileException>(() => UnitFileParser.Parse(new StringReader(csv))).Errors);
        Assert.StartsWith("Dòng 2:", error);
        Assert.Contains("dài quá 100 ký tự", error);
    }
}
