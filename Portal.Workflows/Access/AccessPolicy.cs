using System.Linq.Expressions;
using Portal.Data.Accounts;
using Portal.Data.Units;

namespace Portal.Workflows.Access;

/// <summary>
/// The one rule of scope (PORTAL-SPEC §2): a user reads and changes only their unit and what lies below it;
/// an administrator everything; a viewer reads only. Every query and every change asks here.
/// </summary>
public static class AccessPolicy
{
    public static bool CanRead(UserScope scope, string unitPath)
    {
        if (!scope.IsAuthenticated) return false;
        if (scope.IsAdministrator) return true;
        return scope.UnitPath is { Length: > 0 } own && UnitPaths.IsWithin(unitPath, own);
    }

    /// <summary>Changing needs read access and a role that acts: a viewer alone only watches.</summary>
    public static bool CanChange(UserScope scope, string unitPath) =>
        CanRead(scope, unitPath) && scope.Roles.Any(r => r != PortalRoles.Viewer);

    /// <summary>The same rule as a query filter: a range on the path, which the path's index answers by a search.</summary>
    public static Expression<Func<AdminUnit, bool>> ReadableUnits(UserScope scope)
    {
        if (!scope.IsAuthenticated) return _ => false;
        if (scope.IsAdministrator) return _ => true;
        if (scope.UnitPath is not { Length: > 0 } own) return _ => false;
        return UnitPaths.Within(own);
    }

    /// <summary>Only administrators manage accounts, units and standard sets.</summary>
    public static bool CanAdminister(UserScope scope) => scope.IsAdministrator;
}
