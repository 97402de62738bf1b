namespace Portal.Tests.Infrastructure;

/// <summary>
/// A browser test: the pages it opened are closed when it ends, before its class's portal stops (an open page keeps a
/// circuit that would go on calling a stopped host). The browser itself is shared by the collection.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    protected BrowserFixture Browser { get; } = browser;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Browser.CloseAllAsync();
}
