using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Benchmarks.Circuits.Protocol;

/// <summary>
/// One Blazor Server circuit without a browser: it fetches the prerendered page, starts the circuit on the hub as
/// blazor.web.js does (StartCircuit, then UpdateRootComponents with the page's markers and persisted state), applies
/// every render batch to a <see cref="LogicalTree"/> and acknowledges it in order, and answers every JS call with
/// success and a null result (a module or object reference where one is asked for): there is no DOM, no layout.
/// </summary>
public sealed partial class ProtocolCircuit : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly HubConnection _hub;
    private readonly LogicalTree _tree = new();
    private readonly Lock _lock = new();
    private long _nextBatchId = 2; // the server's first batch is 2: 1 is the prerender's
    private long _interopObjectId = -1, _nextCallId;
    private bool _hasLocationChangingListeners;

    private ProtocolCircuit(HubConnection hub, string baseUri, string url) => (_hub, BaseUri, Url) = (hub, baseUri, url);

    public string BaseUri { get; }

    /// <summary>Where the circuit is (as location.href would say).</summary>
    public string Url { get; private set; }

    /// <summary>Why the circuit is of no more use (the server's JS.Error, a batch that would not apply, a closed connection).</summary>
    public string? Broken { get; private set; }

    /// <summary>Opens <paramref name="url"/> with the session's cookies and waits until the page says it is interactive.</summary>
    public static async Task<ProtocolCircuit> OpenAsync(ProtocolSession session, string url, CancellationToken cancel = default)
    {
        var (html, finalUrl) = await session.GetPageAsync(url, cancel);
        var page = PageMarkers.Read(html);
        var baseUri = new Uri(new Uri(finalUrl), "/").ToString();
        var builder = new HubConnectionBuilder().WithUrl(baseUri + "_blazor", o => o.Headers["Cookie"] = session.CookieHeader(baseUri));
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        var circuit = new ProtocolCircuit(builder.Build(), baseUri, finalUrl);
        circuit.Listen();
        try
        {
            await circuit._hub.StartAsync(cancel);
            var id = await circuit._hub.InvokeAsync<string?>("StartCircuit", baseUri, finalUrl, "[]", page.ApplicationState, cancel);
            if (id is null) throw new InvalidOperationException($"the hub refused the circuit of {finalUrl}: {circuit.Broken}");
            var ready = circuit.WaitAsync(tree => Interactive(tree), Patience);
            await circuit._hub.SendAsync("UpdateRootComponents", PageMarkers.AddOperations(page), page.ApplicationState, cancel);
            if (await ready < 0) throw new TimeoutException($"{finalUrl} did not become interactive in {Patience}: {circuit.Broken}");
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>The page's marker (the portal's InteractiveMarker, the template's span) says the circuit is up.</summary>
    public static bool Interactive(LogicalTree tree) => tree.Find(n => n.Attribute("id") == "interactive")?.Attribute("data-interactive") == "yes";

    private void Listen()
    {
        _hub.On<int, string>("JS.AttachComponent", (componentId, _) => { lock (_lock) _tree.AttachRoot(componentId); });
        _hub.On<long, string, string, int, long, int>("JS.BeginInvokeJS", BeginInvokeJSAsync);
        _hub.On<long, byte[]>("JS.RenderBatch", RenderBatchAsync);
        _hub.On<int, bool>("JS.EndLocationChanging", EndLocationChanging);
        _hub.On<string, bool, string>("JS.EndInvokeDotNet", (callId, succeeded, result) => Trace($".NET call {callId} answered {succeeded}: {result}"));
        _hub.On<string>("JS.Error", error => Break($"JS.Error: {error}"));
        _hub.Closed += e => { Break($"connection closed {e?.Message}"); return Task.CompletedTask; };
    }

    /// <summary>
    /// Every JS call (function, constructor, property get or set: <paramref name="callType"/>) succeeds; the
    /// renderer's interop object and the router's listeners are noted on the way.
    /// </summary>
    private async Task BeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        Trace($"JS {asyncHandle} {identifier} {argsJson} {resultType} {targetInstanceId} {callType}");
        if (identifier == "Blazor._internal.attachWebRendererInterop")
            _interopObjectId = JsonNode.Parse(argsJson)![1]!["__dotNetObject"]!.GetValue<long>();
        else if (identifier == "Blazor._internal.navigationManager.setHasLocationChangingListeners")
            _hasLocationChangingListeners = JsonNode.Parse(argsJson)![1]!.GetValue<bool>();
        if (asyncHandle == 0) return;
        await _hub.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, $"[{asyncHandle},true,{JsAnswers.For(identifier, resultType)}]");
    }

    private async Task RenderBatchAsync(long batchId, byte[] data)
    {
        Trace($"batch {batchId}: {data.Length} bytes");
        string? error = null;
        if (batchId == _nextBatchId)
        {
            try
            {
                var batch = RenderBatchReader.Read(data);
                lock (_lock)
                {
                    _tree.Apply(batch);
                    _nextBatchId++;
                    CheckWaiter();
                }
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                error = e.Message;
                Break($"batch {batchId} did not apply: {e.Message}");
            }
        }
        else if (batchId > _nextBatchId) return; // as blazor.web.js: a batch ahead of the next one is left unapplied and unacknowledged
        await _hub.SendAsync("OnRenderCompleted", batchId, error);
    }

    private void Break(string why)
    {
        Trace($"broken: {why}");
        lock (_lock)
        {
            Broken ??= why;
            _waiter?.Done.TrySetResult(-1);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { await _hub.DisposeAsync(); }
        catch (Exception e) when (e is OperationCanceledException or IOException) { /* already gone */ }
    }

    /// <summary>PORTAL_PROTOCOL_TRACE=1 writes what the circuits receive to the error output: for a client that stops acting.</summary>
    private static readonly bool Tracing = Environment.GetEnvironmentVariable("PORTAL_PROTOCOL_TRACE") == "1";

    private static void Trace(string line)
    {
        if (Tracing) Console.Error.WriteLine(line.Length > 300 ? line[..300] + "…" : line);
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    private static long Now() => Stopwatch.GetTimestamp();
}
