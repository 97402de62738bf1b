using Microsoft.AspNetCore.Components.Authorization;
using Portal.Workflows.Access;

namespace Portal.Web.Accounts;

/// <summary>The signed-in user as a <see cref="UserScope"/>: what every page passes to the workflows layer.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    /// <summary>
    /// On an open page the scope carries the page's session: pages keep their scope, and when the session ends
    /// (account disabled or changed, signed out) every scope kept is refused by the services from then on.
    /// </summary>
    public async Task<UserScope> GetScopeAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var scope = UserScope.From(state.User);
        return authentication is RevalidatingUserStateProvider provider ? scope with { Session = provider.Session } : scope;
    }
}
