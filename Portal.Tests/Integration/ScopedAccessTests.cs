using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>The scope rule over real HTTP: the pages a commune officer may and may not open.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ScopedAccessTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_login_page()
    {
        var response = await host.Client().GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Login_page_answers_in_Vietnamese()
    {
        var html = WebUtility.HtmlDecode(await host.Client().GetStringAsync("/account/login"));
        Assert.Contains("<html lang=\"vi\"", html);
        Assert.Contains("Tên đăng nhập", html);
        Assert.Contains("Mật khẩu", html);
    }

    [Fact]
    public async Task Commune_officer_opens_their_own_commune()
    {
        var (client, login) = await host.SignInAsync("phuong1.canbo");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location!.OriginalString);
        var own = await host.UnitIdAsync("2024", "22015");
        var response = await client.GetAsync($"/units/{own}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Phường 1", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("22045")] // another commune of the same district
    [InlineData("555")]   // the commune's own district
    [InlineData("54")]    // its province
    [InlineData("00001")] // a commune elsewhere in the country
    public async Task Commune_officer_is_refused_any_other_unit_and_the_refusal_is_logged(string code)
    {
        var (client, _) = await host.SignInAsync("phuong1.canbo");
        var other = await host.UnitIdAsync("2024", code);
        var last = await host.LastRefusalAsync();
        var response = await client.GetAsync($"/units/{other}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("access-refused", html);
        Assert.DoesNotContain("unit-children", html);
        Assert.Contains(("phuong1.canbo", $"unit:{other}"), await host.RefusalsAfterAsync(last));
    }

    [Fact]
    public async Task District_officer_reads_a_commune_of_the_district_but_not_of_another()
    {
        var (client, _) = await host.SignInAsync("tuyhoa.canbo");
        var inside = await client.GetAsync($"/units/{await host.UnitIdAsync("2024", "22045")}");
        var outside = await client.GetAsync($"/units/{await host.UnitIdAsync("2024", "557")}");
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
    }

    [Fact]
    public async Task Non_administrator_is_refused_the_user_administration_page()
    {
        var (client, _) = await host.SignInAsync("so.canbo");
        var last = await host.LastRefusalAsync();
        var response = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("access-refused", html);
        Assert.DoesNotContain("user-table", html);
        Assert.Contains(("so.canbo", "users"), await host.RefusalsAfterAsync(last));
    }

    [Fact]
    public async Task Commune_officer_is_refused_another_communes_dossier_and_its_files_by_url()
    {
        await using var db = host.CreateDb();
        var other = await db.Dossiers.Where(d => d.Unit!.Code != "22015" && d.Unit.Parent!.Code == "555")
            .Select(d => new { d.Id, FileId = d.Files.Select(f => (int?)f.Id).FirstOrDefault() })
            .FirstAsync(d => d.FileId != null);
        var (client, _) = await host.SignInAsync("phuong1.canbo");
        var last = await host.LastRefusalAsync();

        var page = await client.GetAsync($"/dossiers/{other.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("access-refused", await page.Content.ReadAsStringAsync());
        var file = await client.GetAsync($"/files/{other.FileId}");
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);

        var refusals = await host.RefusalsAfterAsync(last);
        Assert.Contains(("phuong1.canbo", $"dossier:{other.Id}"), refusals);
        Assert.Contains(("phuong1.canbo", $"file:{other.FileId}"), refusals);
        var (district, _) = await host.SignInAsync("tuyhoa.canbo");
        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync($"/files/{other.FileId}")).StatusCode);
    }

    [Fact]
    public async Task A_missing_id_answers_like_a_refused_one_so_that_ids_cannot_be_probed()
    {
        var (client, _) = await host.SignInAsync("phuong1.canbo");
        int other;
        await using (var db = host.CreateDb())
            other = await db.Dossiers.Where(d => d.Unit!.Code == "22045").Select(d => d.Id).FirstAsync();

        foreach (var url in new[] { $"/dossiers/{other}", "/dossiers/999999", "/units/999999", $"/dossiers/{other}/decision", "/dossiers/999999/decision" })
        {
            var response = await client.GetAsync(url);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, url);
            Assert.Contains("access-refused", html);
            Assert.DoesNotContain("Bình Kiến", html);
        }
    }
}
