using Microsoft.AspNetCore.Components;
using Portal.Web.Accounts;
using Portal.Workflows.Access;

namespace Portal.Web.Admin;

/// <summary>
/// Base of administrator pages: the service refuses (and logs) a non-administrator, and the page then
/// shows the refusal instead of its content.
/// </summary>
public abstract class AdminPage : ComponentBase
{
    [Inject] protected CurrentUser CurrentUser { get; set; } = default!;
    protected UserScope Scope { get; private set; } = UserScope.Anonymous;
    protected bool Refused { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Scope = await CurrentUser.GetScopeAsync();
        await GuardAsync(LoadAsync);
    }

    protected abstract Task LoadAsync();

    protected async Task GuardAsync(Func<Task> action)
    {
        try { await action(); }
        catch (AccessRefusedException) { Refused = true; }
    }
}
