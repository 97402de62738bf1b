using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// A web server the tool started as its own process (the portal, or the empty template app), so that its memory is its
/// own: resident memory read from /proc, the managed heap from its GET /dev/memory. Stopped by its own process id.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(2) };

    private ServerProcess(Process process, string baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    public string BaseUrl { get; }

    /// <summary>The server's process id, for its processor time.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts <c>dotnet DLL ARGS --urls …</c> in Development on a free port and waits until it answers.</summary>
    public static async Task<ServerProcess> StartAsync(string dll, IEnumerable<string> args, TimeSpan patience)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var info = Dotnet(dll, [.. args, "--urls", url]);
        var server = new ServerProcess(Process.Start(info)!, url);
        server._process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitUntilAnsweringAsync(patience);
        return server;
    }

    /// <summary>
    /// <c>dotnet DLL ARGS</c> from the DLL's folder, its output redirected, in Development: as <c>dotnet run</c> starts
    /// the portal (launchSettings.json), so it sees the settings it is documented with.
    /// </summary>
    public static ProcessStartInfo Dotnet(string dll, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        return info;
    }

    /// <summary>Resident memory of the process (VmRSS), in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Processor time the process has used so far (user and system), in /proc's ticks (<see cref="CpuShare.TicksPerSecond"/>).</summary>
    public long ProcessorTicks() => CpuShare.Ticks(File.ReadAllText($"/proc/{_process.Id}/stat"));

    /// <summary>The managed heap after full collections, in bytes.</summary>
    public async Task<long> ManagedBytesAsync()
    {
        var answer = await Http.GetFromJsonAsync<MemoryAnswer>(BaseUrl + "/dev/memory");
        return answer!.ManagedBytes;
    }

    private sealed record MemoryAnswer(long ManagedBytes);

    /// <summary>How many methods the server's JIT has compiled so far (GET /dev/jit).</summary>
    public async Task<long> CompiledMethodsAsync() => (await Http.GetFromJsonAsync<JitAnswer>(BaseUrl + "/dev/jit"))!.CompiledMethods;

    private sealed record JitAnswer(long CompiledMethods);

    private async Task WaitUntilAnsweringAsync(TimeSpan patience)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the server stopped at start:\n{string.Join('\n', _lastLines)}");
            try
            {
                using var response = await Http.GetAsync(BaseUrl + "/dev/memory");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            if (watch.Elapsed > patience) throw new TimeoutException($"the server did not answer in {patience}:\n{string.Join('\n', _lastLines)}");
            await Task.Delay(500);
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40) _lastLines.Dequeue();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
