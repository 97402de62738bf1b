using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.Web.Localization;
using Portal.Workflows.Access;
using Portal.Workflows.Activities;
using Portal.Workflows.Outcomes;

namespace Portal.Web.Activities;

/// <summary>
/// Base of the activity tabs: the unit and year they show, loaded again when either changes, and one way to run a change
/// (a refusal is a message, typed input stays where it is, the list reloads after a save or a conflict).
/// </summary>
public abstract class ActivityTab : ComponentBase
{
    [Inject] protected ActivityService Activities { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<Texts> Localizer { get; set; } = default!;

    [Parameter, EditorRequired] public UserScope Scope { get; set; } = UserScope.Anonymous;
    [Parameter, EditorRequired] public ActivityUnit Unit { get; set; } = default!;
    [Parameter, EditorRequired] public int Year { get; set; }

    private (int UnitId, int Year)? _loadedFor;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor == (Unit.Id, Year)) return;
        _loadedFor = (Unit.Id, Year);
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>
    /// Runs a change; on success says so and reloads (after a conflict too, to show the other person's change). A refusal
    /// comes back as an error to show, already logged by the service.
    /// </summary>
    protected async Task<Outcome<int>> ChangeAsync(Func<Task<Outcome<int>>> change, string savedKey)
    {
        var result = await change();
        if (result.Succeeded) Snackbar.Add(Localizer[savedKey], Severity.Success);
        if (result.Succeeded || result.IsConflict) await LoadAsync();
        // The forms call this through a delegate, not an EventCallback: the tab re-renders its list itself.
        StateHasChanged();
        return result;
    }

    /// <summary>A change made from a row of a list: its errors go to the snackbar.</summary>
    protected async Task<bool> RowChangeAsync(Func<Task<Outcome<int>>> change, string savedKey)
    {
        var result = await ChangeAsync(change, savedKey);
        foreach (var e in result.Errors) Snackbar.Add(e, Severity.Error);
        return result.Succeeded;
    }
}
