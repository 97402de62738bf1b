using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// Bad input is the client's mistake, never a 500: query values a page cannot read, values the minimal endpoints
/// cannot bind, control characters in a return address, a stale or missing antiforgery token on the sign-in form.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class BadInputTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    /// <summary>The province officer of Phú Yên reaches every page these addresses name.</summary>
    private async Task<HttpResponseMessage> AsProvinceOfficerAsync(string path)
    {
        var (client, _) = await host.SignInAsync("so.canbo");
        return await client.GetAsync(path);
    }

    [Theory]
    [InlineData("/dossiers?year=99999999999")]
    [InlineData("/dossiers?unit=abc")]
    [InlineData("/activities?unit=2147483648")]
    [InlineData("/activities?year=%00")]
    [InlineData("/reports/print?round=abc")]
    [InlineData("/reports/print?round=")]
    [InlineData("/reports?round=1e3&unit=1.5")]
    [InlineData("/dashboard?year=2026.0")]
    [InlineData("/dashboard?unit=-99999999999")]
    public async Task A_query_value_a_page_cannot_read_gets_400_and_a_sentence(string path)
    {
        var response = await AsProvinceOfficerAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không hợp lệ", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/reports/communes.xlsx?round=abc", HttpStatusCode.BadRequest)]
    [InlineData("/reports/communes.xlsx", HttpStatusCode.BadRequest)]
    [InlineData("/reports/districts.xlsx?round=1&unit=x", HttpStatusCode.BadRequest)]
    [InlineData("/reports/nothing.xlsx?round=1", HttpStatusCode.NotFound)]
    [InlineData("/files/99999999999", HttpStatusCode.NotFound)]
    [InlineData("/activities/evidence/abc", HttpStatusCode.NotFound)]
    [InlineData("/units/2147483648", HttpStatusCode.NotFound)]
    public async Task Values_an_endpoint_cannot_bind_get_a_client_error(string path, HttpStatusCode expected) =>
        Assert.Equal(expected, (await AsProvinceOfficerAsync(path)).StatusCode);

    [Theory]
    [InlineData("/dossiers?state=%00&due=zzz&standard=%FF&criterion=%E2%80%AE")]
    [InlineData("/account/login?returnUrl=%00%0A&userName=%01&error=%FF")]
    [InlineData("/units?q=%00")]
    [InlineData("/standards/%00/export")]
    public async Task Strange_text_values_are_no_server_error(string path) =>
        Assert.True((int)(await AsProvinceOfficerAsync(path)).StatusCode < 500, path);

    [Fact]
    public async Task An_unknown_address_gets_the_not_found_page_and_a_post_to_it_no_server_error()
    {
        var get = await host.Client().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Contains("Không tìm thấy trang", WebUtility.HtmlDecode(await get.Content.ReadAsStringAsync()));
        var post = await host.Client().PostAsync("/no-such-page", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.True((int)post.StatusCode < 500, post.StatusCode.ToString());
    }

    [Theory]
    [InlineData("/units%0D%0ASet-Cookie:%20x=1", "/")]
    [InlineData("/units%00", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/%5Cevil.example", "/")]
    [InlineData("/units?q=Phường 1", "/units?q=Ph%C6%B0%E1%BB%9Dng%201")]
    public async Task The_language_switch_goes_back_only_to_a_clean_local_address(string back, string expected)
    {
        var response = await host.Client().GetAsync("/culture?c=vi-VN&back=" + Uri.EscapeDataString(Uri.UnescapeDataString(back)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_return_address_with_control_characters_after_a_good_sign_in_goes_home()
    {
        var response = await TestAccounts.PostSignInAsync(host.Client(), "tinh.quansat", TestAccounts.Password, "/units\r\nX-Evil: 1");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_sign_in_without_or_with_a_stale_antiforgery_token_gets_the_form_again_with_a_sentence()
    {
        var form = new Dictionary<string, string> { ["userName"] = "tinh.quansat", ["password"] = TestAccounts.Password, ["returnUrl"] = "/" };
        var missing = await host.Client().PostAsync("/account/login", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, missing.StatusCode);
        Assert.StartsWith("/account/login?error=expired", missing.Headers.Location!.OriginalString);

        // A token of another browser (another antiforgery cookie), as after the keys changed or the form aged.
        var stale = await TestAccounts.FormTokenAsync(host.Client(), "/account/login");
        var client = host.Client();
        await client.GetAsync("/account/login");
        var refused = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = stale }));
        Assert.StartsWith("/account/login?error=expired", refused.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/units")).StatusCode); // not signed in
    }
}
