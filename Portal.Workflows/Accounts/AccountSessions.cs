using Microsoft.AspNetCore.Identity;
using Portal.Data.Accounts;

namespace Portal.Workflows.Accounts;

/// <summary>
/// Ends every session of an account at once. A new security stamp makes every sign-in cookie of the account
/// invalid at its next request (the cookie check compares stamps on each request); the <see cref="Ended"/> signal
/// reaches the pages already open in this process at once, without waiting for their periodic revalidation.
/// </summary>
public sealed class AccountSessions
{
    /// <summary>Raised with the account's id; open pages of that account end their session.</summary>
    public event Action<string>? Ended;

    /// <summary>Sign-out, disabled account, changed role or unit: a new stamp, then the signal.</summary>
    public async Task<IdentityResult> EndAllAsync(UserManager<PortalUser> users, PortalUser user)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded) Announce(user.Id);
        return result;
    }

    /// <summary>For a change that already gave the account a new stamp (a password reset).</summary>
    public void Announce(string userId) => Ended?.Invoke(userId);
}
