using System.Diagnostics;
using Portal.Benchmarks.Circuits;

namespace Portal.Benchmarks.All;

/// <summary>
/// A verb of the portal (<c>seed-national</c>, <c>bench</c>) run as <c>dotnet Portal.Web.dll VERB …</c>, a child process
/// as the servers are (this tool does not reference the portal), its lines echoed as they come.
/// </summary>
public static class PortalVerb
{
    /// <summary>Runs the verb to its end and gives its exit code.</summary>
    public static async Task<int> RunAsync(IEnumerable<string> args, TextWriter stdout)
    {
        var info = ServerProcess.Dotnet(Servers.PortalDll(), args);
        stdout.WriteLine($"> dotnet {string.Join(' ', info.ArgumentList)}");
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Echo(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Echo(stdout, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static void Echo(TextWriter stdout, string? line)
    {
        if (line is null) return;
        lock (stdout) stdout.WriteLine("  " + line);
    }
}
