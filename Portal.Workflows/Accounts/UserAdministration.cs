using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Accounts;

public sealed record UserSummary(string Id, string UserName, string FullName, string? Email, string Role,
    int? UnitId, string? UnitName, bool IsDisabled);

public sealed record NewUser(string UserName, string FullName, string? Email, string Password, string Role, int? UnitId);

/// <summary>
/// Administrators create accounts, bind them to a role and a unit, set their password, and disable them. Anyone else
/// is refused (and logged); nothing is saved unless the outcome succeeded. Every change to an existing account ends
/// all its sessions (<see cref="AccountSessions"/>): its cookies and its open pages.
/// </summary>
public sealed partial class UserAdministration(UserManager<PortalUser> users, IDbContextFactory<PortalDbContext> dbFactory,
    AccessLog accessLog, AccountSessions sessions, PortalDbContext identityDb)
{
    public async Task<Outcome<IReadOnlyList<UserSummary>>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        if (await RefuseNonAdministratorAsync(scope, "users", "read", ct) is { } refused) return refused.As<IReadOnlyList<UserSummary>>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var roleOf = roles.GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.First().Name ?? "");
        var list = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.Email, u.UnitId, UnitName = u.Unit != null ? u.Unit.Name : null, u.IsDisabled })
            .ToListAsync(ct);
        return Outcome.Of<IReadOnlyList<UserSummary>>([.. list.Select(u => new UserSummary(u.Id, u.UserName ?? "", u.FullName, u.Email,
            roleOf.GetValueOrDefault(u.Id, ""), u.UnitId, u.UnitName, u.IsDisabled))]);
    }

    public async Task<Outcome> CreateAsync(UserScope scope, NewUser request, CancellationToken ct = default)
    {
        if (await RefuseNonAdministratorAsync(scope, "users", "change", ct) is { } refused) return refused;
        var problem = await CheckRoleAndUnitAsync(request.Role, request.UnitId, ct);
        if (problem is not null) return Outcome.Invalid(problem);
        var user = new PortalUser
        {
            UserName = request.UserName.Trim(), FullName = request.FullName.Trim(),
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(), UnitId = request.UnitId,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded) return FromIdentity(created);
        var inRole = await users.AddToRoleAsync(user, request.Role);
        if (inRole.Succeeded) return Outcome.Done;
        await users.DeleteAsync(user); // no account without a role is left behind
        return FromIdentity(inRole);
    }

    /// <summary>A disabled account cannot sign in, and its cookies and open pages stop working at once.</summary>
    public async Task<Outcome> SetDisabledAsync(UserScope scope, string userId, bool disabled, CancellationToken ct = default)
    {
        if (await RefuseNonAdministratorAsync(scope, $"user:{userId}", "change", ct) is { } refused) return refused;
        if (userId == scope.UserId) return Outcome.Invalid(WorkflowText.Get("Accounts.CannotDisableSelf"));
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Outcome.NotFound(WorkflowText.Get("Accounts.NotFound"));
        user.IsDisabled = disabled;
        // A new stamp saves the whole account: the flag and the stamp are one update, never one without the other.
        return FromIdentity(await sessions.EndAllAsync(users, user));
    }

    /// <summary>The level of unit each role works at: a commune officer is bound to a commune, and so on.</summary>
    public static UnitLevel? LevelFor(string role) => role switch
    {
        PortalRoles.ProvinceOfficer or PortalRoles.ProvinceLeader => UnitLevel.Province,
        PortalRoles.DistrictOfficer or PortalRoles.DistrictLeader => UnitLevel.District,
        PortalRoles.CommuneOfficer or PortalRoles.CommuneLeader => UnitLevel.Commune,
        _ => null,
    };

    private async Task<string?> CheckRoleAndUnitAsync(string role, int? unitId, CancellationToken ct)
    {
        if (!PortalRoles.All.Contains(role)) return WorkflowText.Get("Accounts.UnknownRole", role);
        if (role == PortalRoles.Administrator) return unitId is null ? null : WorkflowText.Get("Accounts.AdminNoUnit");
        if (unitId is null) return WorkflowText.Get("Accounts.UnitRequired");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var level = await db.Units.Where(u => u.Id == unitId).Select(u => (UnitLevel?)u.Level).FirstOrDefaultAsync(ct);
        if (level is null) return WorkflowText.Get("Accounts.UnitNotFound");
        return LevelFor(role) is { } wanted && wanted != level ? WorkflowText.Get("Accounts.WrongUnitLevel") : null;
    }

    private static Outcome FromIdentity(IdentityResult result) =>
        result.Succeeded ? Outcome.Done : Outcome.Invalid([.. result.Errors.Select(e => e.Description)]);

    /// <summary>Null for an administrator; anyone else gets a logged refusal.</summary>
    private async Task<Outcome?> RefuseNonAdministratorAsync(UserScope scope, string resource, string action, CancellationToken ct)
    {
        if (AccessPolicy.CanAdminister(scope)) return null;
        await accessLog.RefuseAsync(scope, resource, action, "not an administrator", ct);
        return Outcome.Refused(WorkflowText.Get("Access.Refused"));
    }
}
