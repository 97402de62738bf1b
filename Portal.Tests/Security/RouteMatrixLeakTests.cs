using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>A portal with one more page, which shows a dossier to anyone: the kind of page that forgot the check.</summary>
public sealed class LeakyHostFixture : PortalHostFixture
{
    public const string Template = "/dossiers/{id:int}/leak";

    protected override void AddServices(IServiceCollection services) => services.AddTransient<IStartupFilter, LeakyPage>();

    private sealed class LeakyPage : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRouting();
            app.UseEndpoints(e => e.MapGet(Template, (int id) => Results.Text($"hồ sơ {id}")));
            next(app);
        };
    }
}

/// <summary>The route matrix finds a page added without the scope check, from the route table alone.</summary>
[Collection(WebCollection.Name)]
[Trait("Category", "Integration")]
public sealed class RouteMatrixLeakTests(LeakyHostFixture host) : IClassFixture<LeakyHostFixture>
{
    [Fact]
    public async Task A_new_page_that_forgets_the_check_fails_the_matrix()
    {
        var routes = RouteMatrix.Routes(host.Factory.Services, await RouteMatrix.TargetsAsync(host));
        var leak = Assert.Single(routes, r => r.Template == LeakyHostFixture.Template);
        var problems = await RouteMatrix.JudgeAsync(host, leak, await RouteMatrix.SignInAsync(host));
        Assert.Contains(problems, p => p.EndsWith("binhkien.canbo: 200", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("anonymous: 200", StringComparison.Ordinal));
    }
}
