using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>One started portal shared by the web tests: the national import runs once per test run.</summary>
public sealed class PortalHostFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();
    public string BaseUrl { get; private set; } = "";

    public Task InitializeAsync()
    {
        Factory.StartServer();
        BaseUrl = Factory.BaseUrl.TrimEnd('/');
        return Task.CompletedTask;
    }

    public PortalDbContext CreateDb() =>
        Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    public async Task<int> UnitIdAsync(string structure, string code)
    {
        await using var db = CreateDb();
        return await db.Units.Where(u => u.StructureCode == structure && u.Code == code).Select(u => u.Id).SingleAsync();
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

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WebCollection : ICollectionFixture<PortalHostFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web";
}
