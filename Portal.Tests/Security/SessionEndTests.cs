using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// A session ends for every cookie of the account at once: sign-out, a disabled account, a new role or unit, a new
/// password. Checked by replaying cookies over real HTTP, as someone who copied one would.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SessionEndTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    private static async Task AssertSignedInAsync(HttpClient client) =>
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/units")).StatusCode);

    private static async Task AssertSentToSignInAsync(HttpClient client)
    {
        var response = await client.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    /// <summary>Another client carrying a copy of this client's cookies, as a stolen cookie would be replayed.</summary>
    private HttpClient CopyOf(HttpClient original, CookieContainer jar)
    {
        var copy = new CookieContainer();
        copy.Add(jar.GetCookies(new Uri(host.BaseUrl)));
        return new HttpClient(new HttpClientHandler { CookieContainer = copy, AllowAutoRedirect = false }) { BaseAddress = original.BaseAddress };
    }

    private async Task<(HttpClient Client, CookieContainer Jar)> SignInAsync(string name)
    {
        var jar = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var response = await TestAccounts.PostSignInAsync(client, name, TestAccounts.Password);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        await AssertSignedInAsync(client);
        return (client, jar);
    }

    /// <summary>A new account of this test, signed in once.</summary>
    private async Task<(string Name, string Id, HttpClient Client)> SignedInAccountAsync()
    {
        var name = await TestAccounts.CreateAsync(host);
        var (client, _) = await SignInAsync(name);
        return (name, await TestAccounts.IdAsync(host, name), client);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_of_every_cookie_of_the_account_a_copied_cookie_included()
    {
        var name = await TestAccounts.CreateAsync(host);
        var (laptop, laptopJar) = await SignInAsync(name);
        var (phone, _) = await SignInAsync(name);
        var copied = CopyOf(laptop, laptopJar);

        var token = await TestAccounts.FormTokenAsync(laptop);
        var logout = await laptop.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal("/account/login", logout.Headers.Location!.OriginalString);

        await AssertSentToSignInAsync(laptop);
        await AssertSentToSignInAsync(copied);
        await AssertSentToSignInAsync(phone);
    }

    [Fact]
    public async Task A_forged_sign_out_without_token_ends_only_that_browser_not_the_other_sessions()
    {
        var name = await TestAccounts.CreateAsync(host);
        var (laptop, _) = await SignInAsync(name);
        var (phone, _) = await SignInAsync(name);
        await phone.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        await AssertSentToSignInAsync(phone);
        await AssertSignedInAsync(laptop);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_at_the_next_request()
    {
        var (_, id, client) = await SignedInAccountAsync();
        Assert.True((await TestAccounts.ChangeAsync(host, (admin, scope) => admin.SetDisabledAsync(scope, id, true))).Succeeded);
        await AssertSentToSignInAsync(client);
    }

    [Fact]
    public async Task A_new_role_or_unit_ends_the_sessions_that_carry_the_old_one()
    {
        var (name, id, client) = await SignedInAccountAsync();
        var other = await host.UnitIdAsync("2024", "22045");
        var changed = await TestAccounts.ChangeAsync(host, (admin, scope) => admin.ChangeRoleAndUnitAsync(scope, id, PortalRoles.CommuneLeader, other));
        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors));
        await AssertSentToSignInAsync(client);

        await using var db = host.CreateDb();
        var user = db.Users.Single(u => u.Id == id);
        Assert.Equal(other, user.UnitId);
        Assert.Equal(PortalRoles.CommuneLeader, db.Roles.Single(r => db.UserRoles.Any(ur => ur.UserId == id && ur.RoleId == r.Id)).Name);
        var (again, _) = await SignInAsync(name); // signs in again, now with the new unit in the cookie
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync($"/units/{other}")).StatusCode);
    }

    [Fact]
    public async Task A_new_password_ends_the_sessions_and_only_the_new_password_signs_in()
    {
        var (name, id, client) = await SignedInAccountAsync();
        var set = await TestAccounts.ChangeAsync(host, (admin, scope) => admin.SetPasswordAsync(scope, id, "Moi@2026x"));
        Assert.True(set.Succeeded, string.Join("; ", set.Errors));
        await AssertSentToSignInAsync(client);
        var (_, old) = await host.SignInAsync(name, TestAccounts.Password);
        Assert.Contains("error=invalid", old.Headers.Location!.OriginalString);
        var (_, fresh) = await host.SignInAsync(name, "Moi@2026x");
        Assert.Equal("/", fresh.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_in_Vietnamese_and_the_sessions_go_on()
    {
        var (_, id, client) = await SignedInAccountAsync();
        var set = await TestAccounts.ChangeAsync(host, (admin, scope) => admin.SetPasswordAsync(scope, id, "abc"));
        Assert.False(set.Succeeded);
        Assert.Contains("Mật khẩu phải có ít nhất 8 ký tự.", set.Errors);
        await AssertSignedInAsync(client);
    }

    [Fact]
    public async Task An_open_page_tells_the_portal_it_is_used_which_renews_the_cookie()
    {
        var name = await TestAccounts.CreateAsync(host);
        var (client, _) = await SignInAsync(name);
        Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync("/account/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await host.Client().GetAsync("/account/alive")).StatusCode);
    }

    [Fact]
    public void The_sign_in_cookie_expires_after_30_idle_minutes_and_slides_with_use()
    {
        var options = host.Factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(30), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
        Assert.True(options.Cookie.HttpOnly);
    }
}
