using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Web.Components.Layout;

namespace Portal.Tests.Components;

/// <summary>
/// The shell every page shares (issue 12 item 3): plain links and elements where MudBlazor components were, so it stays
/// light per circuit, with the same entries, ids and role rules as before.
/// </summary>
[Trait("Category", "Component")]
public sealed class ShellTests : PortalComponentTest
{
    private static ClaimsPrincipal User(string name, params string[] roles) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "cookie"));

    private IRenderedComponent<NavMenu> Menu(ClaimsPrincipal user, string path) =>
        Render<NavMenu>(p => p.Add(m => m.User, user).Add(m => m.Path, path));

    private static string[] Links(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href")!).ToArray();

    [Fact]
    public void A_commune_officer_s_menu_has_no_dashboard_and_no_administration()
    {
        var menu = Menu(User("phuong1.canbo", PortalRoles.CommuneOfficer), "/queue");
        Assert.Equal(["/", "/units", "/queue", "/rounds", "/rewards", "/activities", "/reports", "/standards", "/workflow"], Links(menu));
        Assert.Empty(menu.FindAll("details.nav-admin"));
        Assert.Equal("phuong1.canbo", menu.Find("#nav-user").TextContent);
    }

    [Fact]
    public void A_province_officer_sees_the_dashboard_and_an_administrator_the_administration_with_jobs_in_a_new_tab()
    {
        Assert.Contains("/dashboard", Links(Menu(User("so.canbo", PortalRoles.ProvinceOfficer), "/")));
        var admin = Menu(User("quantri", PortalRoles.Administrator), "/");
        Assert.Equal(["/admin/users", "/admin/refusals", "/hangfire"], admin.FindAll("details.nav-admin a").Select(a => a.GetAttribute("href")!));
        Assert.Equal("_blank", admin.Find("a[href='/hangfire']").GetAttribute("target"));
    }

    [Theory]
    [InlineData("/units/12", "/units")]
    [InlineData("/queue", "/queue")]
    [InlineData("/", "/")]
    [InlineData("/unitsx", null)]
    public void The_entry_the_page_falls_under_is_active_and_only_it(string path, string? active)
    {
        var menu = Menu(User("so.canbo", PortalRoles.ProvinceOfficer), path);
        Assert.Equal(active is null ? [] : [active], menu.FindAll("a.mud-nav-link.active").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public void Anonymous_the_menu_has_no_account_block()
    {
        Assert.Empty(Menu(new ClaimsPrincipal(new ClaimsIdentity()), "/").FindAll("#nav-account"));
    }

    [Fact]
    public async Task The_whole_shell_keeps_its_ids_and_costs_few_components_per_circuit()
    {
        await UseDatabaseAsync();
        await SignInAsync("phuong1.canbo", PortalRoles.CommuneOfficer, "22015");
        SetRendererInfo(new RendererInfo("Server", true));
        var body = (RenderFragment)(b => b.AddMarkupContent(0, "<p id='body'>page</p>"));
        var shell = Render<MainLayout>(p => p.Add(l => l.Body, body));

        shell.WaitForAssertion(() => Assert.Equal("phuong1.canbo", shell.Find("#signed-in-user").TextContent));
        foreach (var id in new[] { "nav-toggle", "nav-drawer", "app-title", "app-title-short", "lang-switch", "logout", "notification-bell", "nav-account", "lang-switch-menu", "logout-menu", "body" })
            Assert.NotNull(shell.Find("#" + id));
        // Each component is ~3 KB of every circuit; the MudBlazor shell was about ninety (ten MudNavLinks alone, thirty).
        var components = shell.FindComponents<IComponent>().Count;
        Assert.True(components <= 30, $"the shell renders {components} components");
    }
}
