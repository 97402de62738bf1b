using Microsoft.Data.Sqlite;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A folder of a test's own (a data folder, a database file, uploads), deleted with all it holds on Dispose. Every
/// folder lies under one folder of this test run (<c>portal-tests/run-PID-…</c> in the temp folder), which goes when
/// the test process exits; the test runner may cut that short, so a run also deletes the run folders of test
/// processes that no longer exist. Runs that are alive (other worktrees) keep theirs.
/// </summary>
public sealed class TestFolder : IDisposable
{
    private static readonly Lazy<string> RunFolder = new(() =>
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "portal-tests");
        Directory.CreateDirectory(root);
        foreach (var stale in Directory.EnumerateDirectories(root, "run-*").Where(IsOfEndedProcess)) Delete(stale);
        var run = System.IO.Path.Combine(root, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(run);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(run);
        return run;
    });

    public TestFolder(string purpose)
    {
        Path = System.IO.Path.Combine(RunFolder.Value, $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies every file and folder of <paramref name="source"/> into this folder.</summary>
    public void CopyFrom(string source)
    {
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, dir)));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file)), overwrite: true);
    }

    public void Dispose() => Delete(Path);

    /// <summary>A run folder (run-PID-…) whose test process has ended.</summary>
    private static bool IsOfEndedProcess(string runFolder)
    {
        var parts = System.IO.Path.GetFileName(runFolder).Split('-');
        if (parts.Length != 3 || !int.TryParse(parts[1], out var pid)) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
    }

    private static void Delete(string path)
    {
        // Pooled SQLite connections would keep the deleted database files open until the process ends.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
