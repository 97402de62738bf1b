using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Accounts;
using Portal.Workflows.Outcomes;

namespace Portal.Tests.Security;

/// <summary>
/// Accounts made for one test in a started portal, so that disabling or changing them touches no other test.
/// They share the demo password, so the browser helpers can sign them in.
/// </summary>
public static partial class TestAccounts
{
    public const string Password = "Demo@2026";

    /// <summary>A new account of <paramref name="role"/> bound to the unit of code <paramref name="unitCode"/> (2024); returns its name.</summary>
    public static async Task<string> CreateAsync(PortalHostFixture host, string role = PortalRoles.CommuneOfficer, string? unitCode = "22015")
    {
        var name = "t." + Guid.NewGuid().ToString("N")[..10];
        int? unit = unitCode is null ? null : await host.UnitIdAsync("2024", unitCode);
        var result = await ChangeAsync(host, (admin, scope) => admin.CreateAsync(scope, new NewUser(name, "Người thử", null, Password, role, unit)));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return name;
    }

    /// <summary>Runs an account change as the administrator quantri, through the service the admin page uses.</summary>
    public static async Task<Outcome> ChangeAsync(PortalHostFixture host, Func<UserAdministration, UserScope, Task<Outcome>> change)
    {
        await using var services = host.Factory.Services.CreateAsyncScope();
        return await change(services.ServiceProvider.GetRequiredService<UserAdministration>(), await AdminAsync(host));
    }

    public static async Task<UserScope> AdminAsync(PortalHostFixture host)
    {
        await using var db = host.CreateDb();
        var admin = await db.Users.SingleAsync(u => u.UserName == "quantri");
        return new UserScope(admin.Id, "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);
    }

    public static async Task<string> IdAsync(PortalHostFixture host, string userName)
    {
        await using var db = host.CreateDb();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Posts the sign-in form as a browser does: the form's page first, for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password, string returnUrl = "/")
    {
        var token = await FormTokenAsync(client, "/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["returnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token of a form in a page this client reads (the sign-out form of any portal page).</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path = "/")
    {
        var html = await client.GetStringAsync(path);
        return TokenInput().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
