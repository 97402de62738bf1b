using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// Every page, download and endpoint with an id, from the portal's own route table (<see cref="RouteMatrix"/>), tried
/// on a resource of Phường 1 by a commune officer of the same district, a district officer of another district, a
/// province officer of another province, and anonymously: refused alike (one status per route; an id that does not
/// exist answers the same) and logged. The province officer of Phú Yên opens each one: the matrix is not empty words.
/// </summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class RouteMatrixTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task Every_route_with_an_id_refuses_other_units_and_anonymous_alike_and_logs_it()
    {
        var routes = RouteMatrix.Routes(host.Factory.Services, await RouteMatrix.TargetsAsync(host));
        Assert.Contains(routes, r => r.Template.StartsWith("/dossiers/{", StringComparison.Ordinal)); // pages…
        Assert.Contains(routes, r => r.Template.StartsWith("/files/{", StringComparison.Ordinal));    // …and downloads
        var people = await RouteMatrix.SignInAsync(host);
        var problems = new List<string>();
        foreach (var route in routes) problems.AddRange(await RouteMatrix.JudgeAsync(host, route, people));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
