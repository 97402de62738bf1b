using Microsoft.AspNetCore.Identity;
using Portal.Data.Accounts;
using Portal.Workflows.Access;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Accounts;

public sealed partial class UserAdministration
{
    /// <summary>
    /// Binds an account to another role and unit (the same rules as at creation), in one transaction, and ends its
    /// sessions: the scope travels in the cookie, so an old cookie would keep the old role and unit.
    /// </summary>
    public async Task<AccountResult> ChangeRoleAndUnitAsync(UserScope scope, string userId, string role, int? unitId,
        CancellationToken ct = default)
    {
        await RequireAdministratorAsync(scope, $"user:{userId}", "change", ct);
        if (userId == scope.UserId) return AccountResult.Fail(WorkflowText.Get("Accounts.CannotChangeOwnRole"));
        var problem = await CheckRoleAndUnitAsync(role, unitId, ct);
        if (problem is not null) return AccountResult.Fail(problem);
        var user = await users.FindByIdAsync(userId);
        if (user is null) return AccountResult.Fail(WorkflowText.Get("Accounts.NotFound"));

        // The Identity store saves after each call; one transaction around them keeps nothing half-saved.
        await using var tx = await identityDb.Database.BeginTransactionAsync(ct);
        var result = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        if (result.Succeeded) result = await users.AddToRoleAsync(user, role);
        if (result.Succeeded)
        {
            user.UnitId = role == PortalRoles.Administrator ? null : unitId;
            result = await users.UpdateSecurityStampAsync(user); // saves the unit with the new stamp
        }
        if (!result.Succeeded) return Outcome(result); // disposing the transaction rolls everything back
        await tx.CommitAsync(ct);
        sessions.Announce(user.Id);
        return AccountResult.Ok;
    }

    /// <summary>
    /// Sets a new password chosen by the administrator (checked against the password rules), and ends every session
    /// of the account, the administrator's own included when it is their account.
    /// </summary>
    public async Task<AccountResult> SetPasswordAsync(UserScope scope, string userId, string newPassword, CancellationToken ct = default)
    {
        await RequireAdministratorAsync(scope, $"user:{userId}", "change", ct);
        var user = await users.FindByIdAsync(userId);
        if (user is null) return AccountResult.Fail(WorkflowText.Get("Accounts.NotFound"));
        // A reset validates the password, stores its hash and a new security stamp in one update.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded) sessions.Announce(user.Id);
        return Outcome(result);
    }
}
