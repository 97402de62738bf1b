using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Accounts;

namespace Portal.Tests.Integration;

[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class AccountTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    private async Task<Portal.Workflows.Outcomes.Outcome> CreateAsync(UserScope scope, NewUser user)
    {
        await using var services = host.Factory.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<UserAdministration>().CreateAsync(scope, user);
    }

    private async Task<UserScope> AdminScopeAsync()
    {
        await using var db = host.CreateDb();
        var admin = await db.Users.SingleAsync(u => u.UserName == "quantri");
        return new UserScope(admin.Id, "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);
    }

    private async Task<string> NewCommuneOfficerAsync()
    {
        var name = "test." + Guid.NewGuid().ToString("N")[..8];
        var unit = await host.UnitIdAsync("2024", "22045");
        var result = await CreateAsync(await AdminScopeAsync(), new NewUser(name, "Người thử", null, "Thu@12345", PortalRoles.CommuneOfficer, unit));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return name;
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var name = await NewCommuneOfficerAsync();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var user = await users.FindByNameAsync(name);
            Assert.True((await admin.SetDisabledAsync(await AdminScopeAsync(), user!.Id, true)).Succeeded);
        }
        var (_, response) = await host.SignInAsync(name, "Thu@12345");
        Assert.Contains("error=disabled", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Creating_an_account_checks_the_unit_level_and_saves_nothing_on_error()
    {
        var district = await host.UnitIdAsync("2024", "555");
        var name = "wrong." + Guid.NewGuid().ToString("N")[..8];
        var result = await CreateAsync(await AdminScopeAsync(), new NewUser(name, "Sai cấp", null, "Thu@12345", PortalRoles.CommuneOfficer, district));
        Assert.False(result.Succeeded);
        Assert.Contains("Cấp của đơn vị", result.Errors.Single());
        await using var db = host.CreateDb();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == name));
    }

    [Fact]
    public async Task Only_an_administrator_may_create_accounts()
    {
        await using var db = host.CreateDb();
        var officer = await db.Users.SingleAsync(u => u.UserName == "so.canbo");
        var scope = new UserScope(officer.Id, "so.canbo", new HashSet<string> { PortalRoles.ProvinceOfficer }, officer.UnitId, "/2024/54/");
        var refused = await CreateAsync(scope, new NewUser("x.y", "X", null, "Thu@12345", PortalRoles.CommuneOfficer, officer.UnitId));
        Assert.True(refused.IsRefused);
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "x.y"));
    }

    [Fact]
    public async Task The_language_choice_is_remembered_for_the_account()
    {
        var name = await NewCommuneOfficerAsync();
        var (client, _) = await host.SignInAsync(name, "Thu@12345");
        var switched = await client.GetAsync("/culture?c=en-US&back=/units");
        Assert.Equal("/units", switched.Headers.Location!.OriginalString);

        var (fresh, login) = await host.SignInAsync(name, "Thu@12345"); // a new browser: no cookie but the account's
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Den-US"));
        var html = WebUtility.HtmlDecode(await fresh.GetStringAsync("/units"));
        Assert.Contains("Administrative units", html);
        Assert.Contains("<html lang=\"en\"", html);
    }
}
