using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>The headers of every kind of response: pages, sign-in, static files, downloads, errors.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed partial class SecurityHeadersTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    private static void AssertHardened(HttpResponseMessage response)
    {
        var what = response.RequestMessage!.RequestUri!.PathAndQuery;
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.False(response.Headers.Contains("Server"), $"{what} names its server");
    }

    private static void AssertNotStored(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage!.RequestUri} answered {response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri} may be kept by the browser");
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/units")] // a redirect to sign in
    public async Task Every_response_carries_the_security_headers(string path) =>
        AssertHardened(await host.Client().GetAsync(path));

    [Fact]
    public async Task Pages_and_the_sign_in_answer_carry_them_too_and_the_import_map_carries_the_nonce()
    {
        var (client, login) = await host.SignInAsync("so.canbo");
        AssertHardened(login);
        var page = await client.GetAsync("/units");
        AssertHardened(page);
        AssertNotStored(page);
        var nonce = NonceOf().Match(Assert.Single(page.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_download_and_printable_page_is_marked_no_store()
    {
        await using var db = host.CreateDb();
        var round = await db.Rounds.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var file = await db.DossierFiles.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        var decided = await db.Dossiers.Where(d => d.DecisionNumber != null).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var evidence = await db.CommunicationActivities.Where(a => a.EvidenceStoredName != null).Select(a => a.Id).FirstAsync();
        var (admin, _) = await host.SignInAsync("quantri");
        foreach (var path in new[]
                 {
                     $"/files/{file}", $"/activities/evidence/{evidence}", $"/reports/communes.xlsx?round={round}",
                     "/standards/DEMO-06/export", $"/reports/print?round={round}", $"/dossiers/{decided}/decision",
                 })
        {
            var response = await admin.GetAsync(path);
            AssertHardened(response);
            AssertNotStored(response);
        }
    }

    [Fact]
    public async Task Static_assets_keep_their_own_caching()
    {
        var response = await host.Client().GetAsync("/_framework/blazor.web.js");
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Behind_the_TLS_proxy_the_answer_has_HSTS_and_the_cookies_are_secure()
    {
        var client = host.Client();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var login = await client.GetAsync("/account/login");
        Assert.Contains("max-age=", Assert.Single(login.Headers.GetValues("Strict-Transport-Security")));
        Assert.All(login.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        var plain = await host.Client().GetAsync("/account/login");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceOf();
}
