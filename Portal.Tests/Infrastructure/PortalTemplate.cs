using Portal.Web.Cli;
using Portal.Workflows;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The data folders that web tests and verb tests start from, each made once per test run (the first start of the
/// portal imports 14,149 national units, which takes seconds): a test copies one into a folder of its own and starts
/// its own host or verb there, so no test reads another's rows.
/// </summary>
public static class PortalTemplate
{
    private static Lazy<Task<TestFolder>> Fresh = new(PrepareFreshAsync);
    private static Lazy<Task<TestFolder>> Demo = new(StartDemoAsync);

    /// <summary>A fresh install: migrated, with the national units and the shipped standard sets; no account, no demo.</summary>
    public static async Task CopyFreshToAsync(TestFolder folder) => folder.CopyFrom((await Fresh.Value).Path);

    /// <summary>What `dotnet run` makes in Development: the fresh install with roles, demo accounts, demo history and activities.</summary>
    public static async Task CopyDemoToAsync(TestFolder folder) => folder.CopyFrom((await Demo.Value).Path);

    /// <summary>
    /// Deletes the templates made so far (the web collection, the last to run, calls this when it ends); a later
    /// copy would make them again.
    /// </summary>
    public static void Delete()
    {
        foreach (var made in new[] { Demo, Fresh }.Where(t => t.IsValueCreated && t.Value.IsCompletedSuccessfully))
            made.Value.Result.Dispose();
        (Fresh, Demo) = (new(PrepareFreshAsync), new(StartDemoAsync));
    }

    /// <summary>
    /// Prepared as the command-line verbs prepare a database, without a web host: the verbs' tests that ask for it run
    /// beside other tests, and a web host built meanwhile might pick up another host's start.
    /// </summary>
    private static async Task<TestFolder> PrepareFreshAsync()
    {
        var folder = new TestFolder("template-fresh");
        var services = PortalCli.Services([$"--Portal:DataDir={folder.Path}"], devTools: false);
        await WorkflowsSetup.PrepareDatabaseAsync(services);
        if (services is IAsyncDisposable disposable) await disposable.DisposeAsync();
        return folder;
    }

    /// <summary>A real start in Development (demo on) over a copy of the fresh install, on the web tests' clock; then stopped.</summary>
    private static async Task<TestFolder> StartDemoAsync()
    {
        var folder = new TestFolder("template-demo");
        folder.CopyFrom((await Fresh.Value).Path);
        await using (var portal = new PortalFactory(folder.Path, new TestClock(TestClock.WebStart)))
            portal.StartServer();
        return folder;
    }
}
