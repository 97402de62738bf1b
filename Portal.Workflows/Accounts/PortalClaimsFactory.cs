using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Workflows.Access;

namespace Portal.Workflows.Accounts;

/// <summary>Puts the account's unit (id and path) into the sign-in cookie, so <see cref="UserScope"/> needs no lookup.</summary>
public sealed class PortalClaimsFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options,
    IDbContextFactory<PortalDbContext> dbFactory)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserScope.FullNameClaim, user.FullName));
        if (user.UnitId is { } unitId)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstAsync();
            identity.AddClaim(new Claim(UserScope.UnitIdClaim, unitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(UserScope.UnitPathClaim, path));
        }
        return identity;
    }
}
