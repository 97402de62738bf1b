using Microsoft.AspNetCore.Components.Authorization;
using Portal.Workflows.Access;

namespace Portal.Web.Accounts;

/// <summary>The signed-in user as a <see cref="UserScope"/>: what every page passes to the workflows layer.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public async Task<UserScope> GetScopeAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return UserScope.From(state.User);
    }
}
