using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// Sign-in attempts are limited per client address and per user name (low limits here, in a window long enough that
/// no test can outlast it). The client address comes from the proxy's X-Forwarded-For, as behind the real proxy.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private const int PerAddress = 3, PerName = 5;
    private PortalFactory _throttled = null!;
    private readonly TestFolder _folder = new("throttle");

    public async Task InitializeAsync()
    {
        // A copy of the demo data, so the national import is not run again; the throttle's counters are this host's own.
        await PortalTemplate.CopyDemoToAsync(_folder);
        _throttled = new PortalFactory(_folder.Path, new TestClock(TestClock.WebStart), seedDemo: false, new Dictionary<string, string?>
        {
            ["Portal:SignIn:PerAddress"] = PerAddress.ToString(), ["Portal:SignIn:PerName"] = PerName.ToString(),
            ["Portal:SignIn:Window"] = "01:00:00",
        });
        _throttled.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _throttled.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>One attempt through the real form, from <paramref name="address"/> as the proxy reports it.</summary>
    private async Task<HttpResponseMessage> AttemptAsync(string address, string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            { BaseAddress = new Uri(_throttled.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return await TestAccounts.PostSignInAsync(client, userName, password);
    }

    private static async Task AssertThrottledAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.RetryAfter!.Delta);
        Assert.Contains("Quá nhiều lần đăng nhập", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task One_address_gets_429_after_its_attempts_while_a_colleague_elsewhere_still_signs_in()
    {
        for (var i = 0; i < PerAddress; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await AttemptAsync("10.9.1.1", "tuyhoa.canbo", "Sai@20261")).StatusCode);
        await AssertThrottledAsync(await AttemptAsync("10.9.1.1", "tuyhoa.canbo", TestAccounts.Password));
        await AssertThrottledAsync(await AttemptAsync("10.9.1.1", "tinh.quansat", TestAccounts.Password));

        // The stranger alone cannot use up the name: its owner, at their own desk, signs in.
        var owner = await AttemptAsync("10.9.1.2", "tuyhoa.canbo", TestAccounts.Password);
        Assert.Equal("/", owner.Headers.Location!.OriginalString);
        var colleague = await AttemptAsync("10.9.1.3", "tinh.quansat", TestAccounts.Password);
        Assert.Equal("/", colleague.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task One_name_tried_from_many_addresses_gets_429_while_other_names_still_sign_in()
    {
        for (var i = 0; i < PerName; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await AttemptAsync($"10.9.2.{i + 1}", "binhkien.canbo", "Sai@20261")).StatusCode);
        await AssertThrottledAsync(await AttemptAsync("10.9.2.100", "binhkien.canbo", TestAccounts.Password));
        await AssertThrottledAsync(await AttemptAsync("10.9.2.101", "BINHKIEN.CANBO", TestAccounts.Password));

        var other = await AttemptAsync("10.9.2.100", "binhkien.lanhdao", TestAccounts.Password);
        Assert.Equal("/", other.Headers.Location!.OriginalString);
    }
}
