using Microsoft.AspNetCore.Identity;
using Portal.Data.Accounts;

namespace Portal.Workflows.Accounts;

/// <summary>Makes sure every role of <see cref="PortalRoles"/> exists. Safe to run at every start.</summary>
public sealed class PortalRolesSeeder(RoleManager<IdentityRole> roles)
{
    public async Task EnsureAsync()
    {
        foreach (var role in PortalRoles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }
}
