using Portal.Workflows.Access;
using Portal.Workflows.Dossiers.Drafts;

namespace Portal.Web.Dossiers.Drafts;

/// <summary>
/// Writes a form's drafts as the person types, once typing pauses (<see cref="DraftOptions.KeepAfter"/>), one pending
/// write per field. Continuations run on the circuit's dispatcher (the delay is awaited from an event handler), so the
/// value is read from the component's state there. Closing the form writes what is still pending at once.
/// </summary>
public sealed class DraftKeeper(DossierDrafts drafts, DraftOptions options, UserScope scope, int dossierId) : IDisposable
{
    private readonly Dictionary<string, (CancellationTokenSource Pause, Func<string?> Value)> _pending = new(StringComparer.Ordinal);

    /// <summary>The person typed into <paramref name="field"/>; <paramref name="value"/> gives the field's whole value when written.</summary>
    public Task TypedAsync(string field, Func<string?> value)
    {
        if (options.KeepAfter <= TimeSpan.Zero) return KeepAsync(field, value());
        if (_pending.Remove(field, out var earlier)) earlier.Pause.Cancel();
        var pause = new CancellationTokenSource();
        _pending[field] = (pause, value);
        // Not awaited by the keystroke's handler: waiting would hold it, and render the page again, a second later.
        _ = WriteAfterPauseAsync(field, pause);
        return Task.CompletedTask;
    }

    private async Task WriteAfterPauseAsync(string field, CancellationTokenSource pause)
    {
        try { await Task.Delay(options.KeepAfter, pause.Token); }
        catch (OperationCanceledException) { pause.Dispose(); return; }
        if (!_pending.Remove(field, out var due) || due.Pause != pause) return;
        pause.Dispose();
        await KeepAsync(field, due.Value());
    }

    // A draft that cannot be written (a storage fault, logged once by the service) costs only the draft: saving says more.
    private Task KeepAsync(string field, string? value) => drafts.KeepAsync(scope, dossierId, field, value);

    public void Dispose()
    {
        foreach (var (field, (pause, value)) in _pending.ToList())
        {
            pause.Cancel();
            _ = KeepAsync(field, value());
        }
        _pending.Clear();
    }
}
