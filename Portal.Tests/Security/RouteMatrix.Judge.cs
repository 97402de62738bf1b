using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>How the matrix tries one route, and with whom.</summary>
public static partial class RouteMatrix
{
    private static readonly string[] OutsidePhuong1 = ["binhkien.canbo", "songcau.canbo", "hanoi.canbo"];
    private static readonly string[] OutsidePhuYen = ["hanoi.canbo"];
    public const string Inside = "so.canbo";
    /// <summary>Reads what belongs to no unit (standard sets, their editor) as well.</summary>
    public const string Administrator = "quantri";

    /// <summary>Signed-in clients: the outsiders (two accounts added to the demo's) and the province officer of Phú Yên; "" is anonymous.</summary>
    public static async Task<Dictionary<string, HttpClient>> SignInAsync(PortalHostFixture host)
    {
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            foreach (var (name, role, code) in new[] { ("songcau.canbo", PortalRoles.DistrictOfficer, "557"), ("hanoi.canbo", PortalRoles.ProvinceOfficer, "01") })
            {
                if (await users.FindByNameAsync(name) is not null) continue;
                var user = new PortalUser { UserName = name, FullName = name, UnitId = await host.UnitIdAsync("2024", code) };
                if (!(await users.CreateAsync(user, "Demo@2026")).Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
                    throw new InvalidOperationException("Could not add " + name);
            }
        }
        var clients = new Dictionary<string, HttpClient> { [""] = host.Client() };
        foreach (var name in OutsidePhuong1.Append(Inside).Append(Administrator)) clients[name] = (await host.SignInAsync(name)).Client;
        return clients;
    }

    /// <summary>What is wrong with one route: empty when the inside reader opens it and everyone else is refused alike and logged.</summary>
    public static async Task<List<string>> JudgeAsync(PortalHostFixture host, MatrixRoute route, IReadOnlyDictionary<string, HttpClient> clients)
    {
        if (route.Url.Length == 0) return [$"{route.Template}: an id the matrix has no target for"];
        var problems = new List<string>();
        var reader = route.Owner == MatrixOwner.National ? Administrator : Inside;
        var inside = await clients[reader].GetAsync(route.Url);
        if (inside.StatusCode != HttpStatusCode.OK) problems.Add($"{route.Url} {reader} (inside): {(int)inside.StatusCode}");
        var anonymous = await clients[""].GetAsync(route.Url);
        if (anonymous.StatusCode != HttpStatusCode.Redirect || anonymous.Headers.Location?.OriginalString.Contains("/account/login") != true)
            problems.Add($"{route.Url} anonymous: {(int)anonymous.StatusCode}");
        var statuses = new HashSet<HttpStatusCode>();
        foreach (var name in route.Owner switch { MatrixOwner.Commune => OutsidePhuong1, MatrixOwner.Province => OutsidePhuYen, _ => [] })
        {
            var last = await host.LastRefusalAsync();
            var answer = await clients[name].GetAsync(route.Url);
            statuses.Add(answer.StatusCode);
            if (answer.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound)) problems.Add($"{route.Url} {name}: {(int)answer.StatusCode}");
            else if (!(await host.RefusalsAfterAsync(last)).Any(r => r.User == name)) problems.Add($"{route.Url} {name}: refused, not logged");
            if (route.MissingUrl is { } missing && (await clients[name].GetAsync(missing)).StatusCode is var m && m != answer.StatusCode)
                problems.Add($"{missing} {name}: {(int)m}, where the refused id answered {(int)answer.StatusCode}");
        }
        if (statuses.Count > 1) problems.Add($"{route.Url}: {string.Join(", ", statuses.Select(s => (int)s))} to different outsiders");
        return problems;
    }
}
