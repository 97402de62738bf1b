using System.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>
/// The built portal (`dotnet Portal.Web.dll`) started from a folder of its own, as a service manager would start it:
/// it still reads appsettings.json and appsettings.Development.json from beside the dll.
/// </summary>
[Collection(WebCollection.Name)] // a portal process of its own: one after the other with the web hosts
[Trait("Category", "Integration")]
public sealed class StartedElsewhereTests : IDisposable
{
    private readonly TestFolder _workingDirectory = new("cwd");
    private readonly TestFolder _data = new("data");

    /// <summary>The web project's own build output, of the configuration these tests were built in.</summary>
    private static string PortalDll()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (tests.Name, tests.Parent!.Name);
        var root = tests;
        while (!File.Exists(Path.Combine(root.FullName, "Portal.sln"))) root = root.Parent!;
        return Path.Combine(root.FullName, "Portal.Web", "bin", configuration, framework, "Portal.Web.dll");
    }

    [Fact]
    public async Task In_Development_it_seeds_the_demo_and_logs_no_SQL_command()
    {
        await PortalTemplate.CopyDemoToAsync(_data);
        var start = new ProcessStartInfo("dotnet", [PortalDll(), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = _workingDirectory.Path, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_ENVIRONMENT"] = null,
                ["Portal__DataDir"] = _data.Path, ["Hangfire__Storage"] = "InMemory", ["Hangfire__Server"] = "false",
            },
        };
        var output = await RunUntilListeningAsync(start);

        Assert.Contains("Now listening on: http://127.0.0.1:", output);
        Assert.Contains("Tài khoản dùng thử", output); // Portal:SeedDemo from appsettings.Development.json
        Assert.DoesNotContain("Executed DbCommand", output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workingDirectory.Path)); // nothing written where it was started
    }

    /// <summary>Everything the process printed until it listens (or ends), then the process is stopped.</summary>
    private static async Task<string> RunUntilListeningAsync(ProcessStartInfo start)
    {
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        void Read(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            output.Enqueue(e.Data);
            if (e.Data.Contains("Now listening on:")) listening.TrySetResult();
        }
        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // A limit for a failure on a busy machine, never a pace: the process normally listens within seconds.
            await Task.WhenAny(listening.Task, process.WaitForExitAsync()).WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        return string.Join('\n', output);
    }

    public void Dispose()
    {
        _workingDirectory.Dispose();
        _data.Dispose();
    }
}
