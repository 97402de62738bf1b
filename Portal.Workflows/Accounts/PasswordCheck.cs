using Microsoft.AspNetCore.Identity;
using Portal.Data.Accounts;

namespace Portal.Workflows.Accounts;

public enum PasswordCheckOutcome { Invalid, Disabled, LockedOut, Succeeded }

public sealed record PasswordCheckResult(PasswordCheckOutcome Outcome, PortalUser? User = null);

/// <summary>
/// Checks a name and password so that the answer tells nothing about which names exist: an unknown name costs the
/// same password hashing as a known one (against a dummy hash) and gets the same <see cref="PasswordCheckOutcome.Invalid"/>;
/// "disabled" and "locked" are told only to someone who gave the right password. Nothing is written on a failure,
/// so a wrong password costs the same time for every name.
/// </summary>
public sealed class PasswordCheck(UserManager<PortalUser> users)
{
    private static readonly PortalUser Nobody = new() { UserName = "" };
    private static string? s_dummyHash;

    public async Task<PasswordCheckResult> CheckAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user?.PasswordHash is null)
        {
            HashAgainstDummy(password);
            return new(PasswordCheckOutcome.Invalid);
        }
        if (!await users.CheckPasswordAsync(user, password)) return new(PasswordCheckOutcome.Invalid);
        if (user.IsDisabled) return new(PasswordCheckOutcome.Disabled);
        if (await users.IsLockedOutAsync(user)) return new(PasswordCheckOutcome.LockedOut);
        return new(PasswordCheckOutcome.Succeeded, user);
    }

    /// <summary>The same work as checking a real password: the same hasher, the same iteration count.</summary>
    private void HashAgainstDummy(string password)
    {
        var hash = s_dummyHash ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        users.PasswordHasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
