namespace Portal.Web.Components.Layout;

/// <summary>
/// Runs the latest action once typing pauses: what MudTextField's DebounceInterval did, for the plain search inputs of
/// list pages (a MudTextField is about seven components per circuit; an input is none).
/// </summary>
public sealed class TypingPause(TimeSpan pause)
{
    private CancellationTokenSource? _typing;

    public async Task RunAsync(Func<Task> action)
    {
        if (_typing is { } previous) await previous.CancelAsync();
        var typing = _typing = new CancellationTokenSource();
        try
        {
            await Task.Delay(pause, typing.Token);
        }
        catch (OperationCanceledException)
        {
            return; // more was typed: the later call searches
        }
        await action();
    }
}
