using Microsoft.AspNetCore.Components;
using Portal.Workflows.Scoring;

namespace Portal.Web.Standards;

/// <summary>
/// Base of the editor's sections: each edits part of a <see cref="SetDraft"/> in place, then raises
/// <see cref="OnChanged"/> so the editor re-validates the whole set; problems reach the fields through
/// <see cref="ProblemIndex"/>, by the JSON path the loader gives them.
/// </summary>
public abstract class EditorSection : ComponentBase
{
    [Parameter] public EventCallback OnChanged { get; set; }

    [CascadingParameter] public ProblemIndex? Problems { get; set; }

    /// <summary>Applies one edit to the draft and tells the editor.</summary>
    protected Task Change(Action apply)
    {
        apply();
        return OnChanged.InvokeAsync();
    }

    /// <summary>An emptied text field means "not known" (null), not an empty name.</summary>
    protected static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>The problem messages at exactly this JSON path, or null: for a field's error text.</summary>
    protected string? ErrorAt(string path) => Problems?.At(path);

    protected bool HasError(string path) => Problems?.At(path) is not null;
}
