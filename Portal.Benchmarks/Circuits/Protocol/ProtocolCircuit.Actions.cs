using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Portal.Benchmarks.Circuits.Protocol;

/// <summary>What a person does on the page, sent as blazor.web.js sends it, and the wait for its result.</summary>
public sealed partial class ProtocolCircuit
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource<bool>> _locationChanging = new();
    private (Func<LogicalTree, bool> Ready, TaskCompletionSource<double> Done, long Start)? _waiter;

    /// <summary>Reads the page under the circuit's lock (batches apply under it).</summary>
    public T Read<T>(Func<LogicalTree, T> read)
    {
        lock (_lock) return read(_tree);
    }

    /// <summary>
    /// Milliseconds from <paramref name="act"/> to the end of the first render batch after which
    /// <paramref name="ready"/> holds (as a MutationObserver sees the DOM); -1 when none came in time or the circuit broke.
    /// </summary>
    public async Task<double> MeasureAsync(Func<Task> act, Func<LogicalTree, bool> ready, TimeSpan patience)
    {
        var done = WaitAsync(ready, patience);
        await act();
        return await done;
    }

    private async Task<double> WaitAsync(Func<LogicalTree, bool> ready, TimeSpan patience)
    {
        var done = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (Broken is not null) return -1;
            _waiter = (ready, done, Now());
        }
        try { return await done.Task.WaitAsync(patience); }
        catch (TimeoutException) { return -1; }
        finally
        {
            lock (_lock) _waiter = null;
        }
    }

    /// <summary>Called under the lock after every batch.</summary>
    private void CheckWaiter()
    {
        if (_waiter is { } w && w.Ready(_tree)) w.Done.TrySetResult(Stopwatch.GetElapsedTime(w.Start).TotalMilliseconds);
    }

    /// <summary>
    /// A click on <paramref name="target"/>: its click handler and its ancestors' (the event bubbles until a
    /// stopPropagation), then, on a link the handlers did not preventDefault, the router's navigation.
    /// </summary>
    public async Task ClickAsync(Node target)
    {
        var (handlers, link, prevented) = (new List<(ulong Id, Node Element)>(), (Node?)null, false);
        lock (_lock)
        {
            for (var node = target; node is not null; node = node.Parent)
            {
                if (node.Handlers.TryGetValue("click", out var id)) handlers.Add((id, node));
                link ??= node.Name == "a" && node.Attribute("href") is not null ? node : null;
                prevented |= node.Attribute("__internal_preventDefault_onclick") is not null;
                if (node.Attribute("__internal_stopPropagation_onclick") is not null) break;
            }
        }
        const string mouse = """{"detail":1,"screenX":0,"screenY":0,"clientX":0,"clientY":0,"offsetX":0,"offsetY":0,"pageX":0,"pageY":0,"movementX":0,"movementY":0,"button":0,"buttons":0,"ctrlKey":false,"shiftKey":false,"altKey":false,"metaKey":false,"type":"click"}""";
        foreach (var (id, _) in handlers) await DispatchAsync(id, "click", null, mouse);
        if (link is not null && !prevented) await NavigateAsync(link.Attribute("href")!);
    }

    /// <summary>Text typed into an input: its input handler (or its change handler) with the value, as a field event.</summary>
    public async Task TypeAsync(Node input, string value)
    {
        (string Name, ulong Id) handler;
        int componentId;
        lock (_lock)
        {
            handler = input.Handlers.TryGetValue("input", out var onInput) ? ("input", onInput) : ("change", input.Handlers.GetValueOrDefault("change"));
            // The field's value travels with the event (EventFieldInfo), for the component that rendered the input.
            componentId = Ancestors(input).FirstOrDefault(n => n.Kind == NodeKind.Component)?.ComponentId ?? 0;
            input.Attributes["value"] = value; // what the DOM holds after typing
        }
        if (handler.Id == 0) throw new InvalidOperationException("the input has no input or change handler");
        await DispatchAsync(handler.Id, handler.Name, new { componentId, fieldValue = value }, Json(new { value }));
    }

    /// <summary>
    /// An intercepted internal link, as the JS NavigationManager follows it: OnLocationChanging first when the
    /// app listens for it (and only on its answer), then OnLocationChanged.
    /// </summary>
    public async Task NavigateAsync(string href)
    {
        var uri = new Uri(new Uri(Url), href).ToString();
        if (_hasLocationChangingListeners)
        {
            var callId = (int)Interlocked.Increment(ref _nextCallId);
            var answer = _locationChanging[callId] = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            await _hub.SendAsync("OnLocationChanging", callId, uri, null, true);
            if (!await answer.Task.WaitAsync(Patience)) return;
        }
        Url = uri;
        await _hub.SendAsync("OnLocationChanged", uri, null, true);
    }

    private void EndLocationChanging(int callId, bool shouldContinue)
    {
        if (_locationChanging.TryRemove(callId, out var answer)) answer.TrySetResult(shouldContinue);
    }

    /// <summary>The renderer's DispatchEventAsync on its interop object, as WebRendererInteropMethods.ts calls it.</summary>
    private Task DispatchAsync(ulong handlerId, string eventName, object? fieldInfo, string eventArgsJson)
    {
        if (_interopObjectId < 0) throw new InvalidOperationException("the renderer's interop object was never attached");
        var descriptor = Json(new { eventHandlerId = handlerId, eventName, eventFieldInfo = fieldInfo });
        var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Trace($"event {callId}: {descriptor} {eventArgsJson}");
        return _hub.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _interopObjectId, $"[{descriptor},{eventArgsJson}]");
    }

    private static IEnumerable<Node> Ancestors(Node node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent) yield return n;
    }
}
