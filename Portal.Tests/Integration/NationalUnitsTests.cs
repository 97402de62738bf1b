using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Units;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class NationalUnitsTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Theory]
    [InlineData("2024", UnitLevel.Province, 63)]
    [InlineData("2024", UnitLevel.District, 696)]
    [InlineData("2024", UnitLevel.Commune, 10035)]
    [InlineData("2025", UnitLevel.Province, 34)]
    [InlineData("2025", UnitLevel.District, 0)]
    [InlineData("2025", UnitLevel.Commune, 3321)]
    public async Task First_start_imports_the_national_structures(string structure, UnitLevel level, int expected)
    {
        await using var db = host.CreateDb();
        Assert.Equal(expected, await db.Units.CountAsync(u => u.StructureCode == structure && u.Level == level));
    }

    [Fact]
    public async Task Codes_keep_leading_zeros_and_parents_are_linked()
    {
        await using var db = host.CreateDb();
        var phucXa = await db.Units.Include(u => u.Parent).ThenInclude(p => p!.Parent)
            .SingleAsync(u => u.StructureCode == "2024" && u.Code == "00001");
        Assert.Equal("Phường Phúc Xá", phucXa.Name);
        Assert.Equal("Quận Ba Đình", phucXa.Parent!.Name);
        Assert.Equal("01", phucXa.Parent.Parent!.Code);
        Assert.Equal("/2024/01/001/00001/", phucXa.Path);
        var conDao = await db.Units.SingleAsync(u => u.StructureCode == "2024" && u.Code == "755");
        Assert.Equal(UnitLevel.District, conDao.Level);
        Assert.Equal("Huyện", conDao.Type);
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_adds_nothing()
    {
        using var copy = new TestFolder("restart");
        int before, usersBefore, dossiersBefore;
        await using (var db = host.CreateDb())
        {
            before = await db.Units.CountAsync();
            usersBefore = await db.Users.CountAsync();
            dossiersBefore = await db.Dossiers.CountAsync();
            // A consistent copy of the running database, as a restart would find it.
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {copy.File("portal.db")}");
        }
        await using var restarted = new PortalFactory(copy.Path, host.Clock); // Development: the demo is seeded again, adding nothing
        restarted.StartServer();
        await using var db2 = restarted.Services.GetRequiredService<IDbContextFactory<Portal.Data.PortalDbContext>>().CreateDbContext();
        Assert.Equal(before, await db2.Units.CountAsync());
        Assert.Equal(usersBefore, await db2.Users.CountAsync());
        Assert.Equal(dossiersBefore, await db2.Dossiers.CountAsync());
        Assert.Equal(2, await db2.Structures.CountAsync());
    }
}
