using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data;

namespace Portal.DevTools.Demo;

/// <summary>One demo account: its user name, password, role and the unit (structure 2024 code) it is bound to.</summary>
public sealed record DemoAccount(string UserName, string FullName, string Role, string? UnitCode);

/// <summary>
/// Demo accounts for the demo province Tỉnh Phú Yên (54) of the 2024 structure, created in development only.
/// The password is public by design (README, console): these accounts must never exist in production.
/// </summary>
public sealed class DemoAccounts(UserManager<PortalUser> users, IDbContextFactory<PortalDbContext> dbFactory)
{
    public const string Password = "Demo@2026";
    public const string DemoStructure = "2024";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("quantri", "Quản trị hệ thống", PortalRoles.Administrator, null),
        new("so.canbo", "Nguyễn Thị Lan (Sở LĐTBXH Phú Yên)", PortalRoles.ProvinceOfficer, "54"),
        new("tinh.lanhdao", "Trần Văn Hùng (UBND tỉnh Phú Yên)", PortalRoles.ProvinceLeader, "54"),
        new("tinh.quansat", "Lê Minh Tâm (theo dõi, tỉnh Phú Yên)", PortalRoles.Viewer, "54"),
        new("tuyhoa.canbo", "Phạm Thị Hoa (Phòng LĐTBXH Tuy Hoà)", PortalRoles.DistrictOfficer, "555"),
        new("tuyhoa.lanhdao", "Võ Văn Nam (UBND TP Tuy Hoà)", PortalRoles.DistrictLeader, "555"),
        new("phuong1.canbo", "Đỗ Thị Mai (Phường 1)", PortalRoles.CommuneOfficer, "22015"),
        new("phuong1.lanhdao", "Huỳnh Văn Long (UBND Phường 1)", PortalRoles.CommuneLeader, "22015"),
        new("binhkien.canbo", "Ngô Thị Thu (Xã Bình Kiến)", PortalRoles.CommuneOfficer, "22045"),
        new("binhkien.lanhdao", "Bùi Văn Sơn (UBND Xã Bình Kiến)", PortalRoles.CommuneLeader, "22045"),
    ];

    /// <summary>Creates the accounts that are missing; returns every demo account with its unit's name.</summary>
    public async Task<IReadOnlyList<(DemoAccount Account, string? UnitName)>> EnsureAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var codes = All.Where(a => a.UnitCode != null).Select(a => a.UnitCode!).ToList();
        var units = await db.Units.Where(u => u.StructureCode == DemoStructure && codes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, u => (u.Id, u.Name), ct);
        var result = new List<(DemoAccount, string?)>();
        foreach (var account in All)
        {
            var unit = account.UnitCode is null ? ((int Id, string Name)?)null : units[account.UnitCode];
            if (await users.FindByNameAsync(account.UserName) is null)
            {
                var user = new PortalUser
                {
                    UserName = account.UserName, FullName = account.FullName, UnitId = unit?.Id,
                    Email = account.UserName + "@demo.local", EmailConfirmed = true,
                };
                Check(await users.CreateAsync(user, Password));
                Check(await users.AddToRoleAsync(user, account.Role));
            }
            result.Add((account, unit?.Name));
        }
        return result;
    }

    private static void Check(IdentityResult r)
    {
        if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
    }
}
