using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A started portal of one test class, on its own copy of the demo data (<see cref="PortalTemplate"/>) and its own
/// clock: what one class's tests write, no other class reads. The demo is already in the copy, so the host starts
/// without the demo (and without the developer tools), as production would.
/// </summary>
public class PortalHostFixture : IAsyncLifetime
{
    private readonly TestFolder _folder = new("web");

    public TestClock Clock { get; } = new(TestClock.WebStart);
    public PortalFactory Factory { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Today in Vietnam on the host's clock.</summary>
    public DateOnly Today => PortalClock.Today(Clock);

    public async Task InitializeAsync()
    {
        await PortalTemplate.CopyDemoToAsync(_folder);
        Factory = new PortalFactory(_folder.Path, Clock, seedDemo: false, services: AddServices);
        Factory.StartServer();
        BaseUrl = Factory.BaseUrl.TrimEnd('/');
    }

    /// <summary>Services a host of a special kind adds to the portal's (none here).</summary>
    protected virtual void AddServices(IServiceCollection services) { }

    public PortalDbContext CreateDb() =>
        Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    public async Task<int> UnitIdAsync(string structure, string code)
    {
        await using var db = CreateDb();
        return await db.Units.Where(u => u.StructureCode == structure && u.Code == code).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The last refusal logged so far: what a test compares with to see the refusals its own requests logged.</summary>
    public async Task<long> LastRefusalAsync()
    {
        await using var db = CreateDb();
        return await db.AccessRefusals.MaxAsync(r => (long?)r.Id) ?? 0;
    }

    /// <summary>The refusals logged after <paramref name="last"/>, as (user name, resource).</summary>
    public async Task<IReadOnlyList<(string? User, string Resource)>> RefusalsAfterAsync(long last)
    {
        await using var db = CreateDb();
        return (await db.AccessRefusals.Where(r => r.Id > last).OrderBy(r => r.Id).Select(r => new { r.UserName, r.Resource }).ToListAsync())
            .Select(r => (r.UserName, r.Resource)).ToList();
    }

    /// <summary>An HTTP client with its own cookies, not following redirects (tests look at them).</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>Signs in through the real form: fetch the page for its antiforgery token, then post.</summary>
    public async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(string userName, string password = "Demo@2026")
    {
        var client = Client();
        var page = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        return (client, response);
    }

    /// <summary>
    /// Stops the portal. A host that has not stopped after a minute is left behind with a line naming it, so that one
    /// stuck shutdown cannot hold the whole run (the run would otherwise wait forever, with no test to blame).
    /// </summary>
    public async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            var stopping = Factory.DisposeAsync().AsTask();
            if (await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromMinutes(1))) != stopping)
            {
                Console.Error.WriteLine($"PortalHostFixture: the portal on {BaseUrl} did not stop within a minute; left behind.");
                return;
            }
            await stopping;
        }
        _folder.Dispose();
    }
}

/// <summary>
/// The web and browser test classes, one after the other and after all other tests (Hangfire's JobStorage.Current is
/// process-wide, and two hosts at once would share the machine's two cores with the browser). Each class brings its
/// own <see cref="PortalHostFixture"/>; the browser is shared; the templates go when the collection ends.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WebCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<WebCollection.Templates>
{
    public const string Name = "web";

    /// <summary>Deletes <see cref="PortalTemplate"/>'s folders once the collection, the last tests of a run, is done.</summary>
    public sealed class Templates : IDisposable
    {
        public void Dispose() => PortalTemplate.Delete();
    }
}
