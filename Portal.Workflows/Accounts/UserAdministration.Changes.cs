using Microsoft.AspNetCore.Identity;
using Portal.Data.Accounts;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Accounts;

public sealed partial class UserAdministration
{
    /// <summary>
    /// Binds an account to another role and unit (the same rules as at creation), in one transaction, and ends its
    /// sessions: the scope travels in the cookie, so an old cookie would keep the old role and unit.
    /// </summary>
    public async Task<Outcome> ChangeRoleAndUnitAsync(UserScope scope, string userId, string role, int? unitId,
        CancellationToken ct = default)
    {
        if (await RefuseNonAdministratorAsync(scope, $"user:{userId}", "change", ct) is { } refused) return refused;
        if (userId == scope.UserId) return Outcome.Invalid(WorkflowText.Get("Accounts.CannotChangeOwnRole"));
        var problem = await CheckRoleAndUnitAsync(role, unitId, ct);
        if (problem is not null) return Outcome.Invalid(problem);
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Outcome.NotFound(WorkflowText.Get("Accounts.NotFound"));

        // The Identity store saves after each call; one transaction around them keeps nothing half-saved.
        await using var tx = await identityDb.Database.BeginTransactionAsync(ct);
        var result = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        if (result.Succeeded) result = await users.AddToRoleAsync(user, role);
        if (result.Succeeded)
        {
            user.UnitId = role == PortalRoles.Administrator ? null : unitId;
            result = await users.UpdateSecurityStampAsync(user); // saves the unit with the new stamp
        }
        if (!result.Succeeded) return FromIdentity(result); // disposing the transaction rolls everything back
        await tx.CommitAsync(ct);
        sessions.Announce(user.Id);
        return Outcome.Done;
    }

    /// <summary>
    /// Sets a new password chosen by the administrator (checked against the password rules), and ends every session
    /// of the account, the administrator's own included when it is their account.
    /// </summary>
    public async Task<Outcome> SetPasswordAsync(UserScope scope, string userId, string newPassword, CancellationToken ct = default)
    {
        if (await RefuseNonAdministratorAsync(scope, $"user:{userId}", "change", ct) is { } refused) return refused;
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Outcome.NotFound(WorkflowText.Get("Accounts.NotFound"));
        // A reset validates the password, stores its hash and a new security stamp in one update.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded) sessions.Announce(user.Id);
        return FromIdentity(result);
    }
}
