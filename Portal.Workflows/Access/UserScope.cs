using System.Security.Claims;
using Portal.Data.Accounts;

namespace Portal.Workflows.Access;

/// <summary>
/// Who is asking, and over which part of the map: the unit the account is bound to (and everything below it).
/// Built from the sign-in claims, so deciding needs no database round trip.
/// </summary>
public sealed record UserScope(string UserId, string UserName, IReadOnlySet<string> Roles, int? UnitId, string? UnitPath)
{
    private static readonly IReadOnlySet<string> NoRoles = new HashSet<string>();
    private readonly IReadOnlySet<string> _roles = Roles;
    private readonly int? _unitId = UnitId;
    private readonly string? _unitPath = UnitPath;

    /// <summary>
    /// The open page's sign-in, when the scope comes from one. Once it has ended the scope is anonymous and has no
    /// role nor unit, whatever the page kept: every check (<see cref="AccessPolicy"/>, a role or unit test in a
    /// service) refuses.
    /// </summary>
    public SignInSession? Session { get; init; }

    public IReadOnlySet<string> Roles { get => HasEnded ? NoRoles : _roles; init => _roles = value; }
    public int? UnitId { get => HasEnded ? null : _unitId; init => _unitId = value; }
    public string? UnitPath { get => HasEnded ? null : _unitPath; init => _unitPath = value; }

    public const string UnitIdClaim = "portal:unit_id";
    public const string UnitPathClaim = "portal:unit_path";
    public const string FullNameClaim = "portal:full_name";

    public static readonly UserScope Anonymous = new("", "", new HashSet<string>(), null, null);

    /// <summary>
    /// The portal itself, as scheduled jobs act: the administrator role over the whole map, under the name
    /// "hệ thống" that the history shows. Never a signed-in person.
    /// </summary>
    public static readonly UserScope System = new("system", "hệ thống", new HashSet<string> { PortalRoles.Administrator }, null, null);

    /// <summary>The session this scope came from has ended (the user id is kept for the refusal log).</summary>
    public bool HasEnded => Session is { HasEnded: true };
    public bool IsAuthenticated => UserId.Length > 0 && !HasEnded;
    public bool IsAdministrator => Roles.Contains(PortalRoles.Administrator);
    public bool IsInRole(string role) => Roles.Contains(role);

    public static UserScope From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return Anonymous;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var unitId = int.TryParse(user.FindFirstValue(UnitIdClaim), out var u) ? u : (int?)null;
        return new UserScope(id, user.Identity.Name ?? "", roles, unitId, user.FindFirstValue(UnitPathClaim));
    }
}
