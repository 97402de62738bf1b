using System.Collections.Concurrent;

namespace Portal.Benchmarks.Circuits.Protocol;

/// <summary>
/// The load's protocol client: circuits of <see cref="ProtocolCircuit"/> in this process, signed in over HTTP, acting
/// through <see cref="ProtocolSteps"/>. Its cores are this tool's process.
/// </summary>
public sealed class ProtocolClient : ILoadClient
{
    private readonly ConcurrentDictionary<string, ProtocolSession> _sessions = new();
    private readonly ConcurrentBag<Circuit> _open = [];
    private readonly ProtocolSession _anonymous = ProtocolSession.Anonymous();

    public string Name => "protocol";

    public bool OwnsProcess(int pid, string comm) => pid == Environment.ProcessId;

    public async Task<string> SignInAsync(string baseUrl, string userName)
    {
        _sessions[userName] = await ProtocolSession.SignInAsync(baseUrl, userName, Chromium.Password);
        return userName;
    }

    public async Task<int> AppraisalDossierAsync(string baseUrl, string session)
    {
        await using var circuit = await ProtocolCircuit.OpenAsync(_sessions[session], baseUrl + "/queue");
        return await ProtocolSteps.AppraisalDossierAsync(circuit);
    }

    public async Task<ILoadCircuit> OpenAsync(string url, string? session)
    {
        var circuit = new Circuit(session is null ? _anonymous : _sessions[session], url);
        _open.Add(circuit);
        await circuit.RestartAsync();
        return circuit;
    }

    public async Task CloseAllAsync()
    {
        while (_open.TryTake(out var circuit)) await circuit.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAllAsync();
        foreach (var session in _sessions.Values) session.Dispose();
        _anonymous.Dispose();
    }

    /// <summary>A circuit of the load; restarting it opens a new circuit at its page (the old one is closed).</summary>
    private sealed class Circuit(ProtocolSession session, string url) : ILoadCircuit, IAsyncDisposable
    {
        private ProtocolCircuit? _circuit;

        public Task<double> MeasureAsync(string step, int dossierId) => ProtocolSteps.MeasureAsync(_circuit!, step, dossierId);

        public async Task RestartAsync()
        {
            if (_circuit is not null) await _circuit.DisposeAsync();
            _circuit = await ProtocolCircuit.OpenAsync(session, url);
        }

        public async ValueTask DisposeAsync()
        {
            if (_circuit is not null) await _circuit.DisposeAsync();
        }
    }
}
