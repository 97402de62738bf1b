using Microsoft.Data.Sqlite;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A folder of a test's own (a data folder, a database file, uploads), deleted with all it holds on Dispose. Every
/// folder lies under one folder of this test run, which goes when the test process exits, with whatever a failed
/// test left behind. Other runs (other worktrees) keep their own run folders.
/// </summary>
public sealed class TestFolder : IDisposable
{
    private static readonly Lazy<string> RunFolder = new(() =>
    {
        var run = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "portal-tests", $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
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

    private static void Delete(string path)
    {
        // Pooled SQLite connections would keep the deleted database files open until the process ends.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
