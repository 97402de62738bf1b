using Microsoft.Extensions.DependencyInjection;
using Portal.DevTools;
using Portal.DevTools.Benchmarks;
using Portal.DevTools.Demo;
using Portal.DevTools.National;
using Portal.Tests.Dashboard;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;
using Portal.Web.Startup;

namespace Portal.Tests.DevTools;

/// <summary>
/// The developer tools (Portal.DevTools) are registered for the demo and the developer verbs only: production's
/// service collection holds none of them, and a developer verb still runs in production.
/// </summary>
[Collection(WebCollection.Name)] // builds the web app's builder: one after the other with the web hosts
[Trait("Category", "Integration")]
public sealed class DevToolsRegistrationTests : IDisposable
{
    private readonly TestFolder _data = new("devtools");

    /// <summary>A registration whose service or implementation comes from Portal.DevTools.</summary>
    private static bool IsDevTool(ServiceDescriptor d) =>
        new[]
        {
            d.ServiceType, d.IsKeyedService ? d.KeyedImplementationType : d.ImplementationType,
            (d.IsKeyedService ? d.KeyedImplementationInstance : d.ImplementationInstance)?.GetType(),
        }.Any(t => t?.Assembly == typeof(DevToolsSetup).Assembly);

    private IServiceCollection WebServices(string environment, params string[] settings) =>
        PortalWebHost.CreateBuilder([$"--environment={environment}", $"--Portal:DataDir={_data.Path}", "--Hangfire:Storage=InMemory", .. settings]).Services;

    [Fact]
    public void Production_registers_no_developer_tool()
    {
        var services = WebServices("Production");
        Assert.Contains(services, d => d.ServiceType == typeof(Portal.Workflows.Dossiers.DossierSteps)); // the product is there
        Assert.DoesNotContain(services, IsDevTool);
    }

    [Fact]
    public void The_demo_registers_the_developer_tools()
    {
        var services = WebServices("Development", "--Portal:SeedDemo=true");
        Assert.Contains(services, d => d.ServiceType == typeof(DemoHistory));
        Assert.Contains(services, d => d.ServiceType == typeof(DemoAccounts));
        Assert.DoesNotContain(WebServices("Development", "--Portal:SeedDemo=false"), IsDevTool);
    }

    [Fact]
    public void Only_a_developer_verb_builds_the_developer_tools()
    {
        string[] args = ["--environment=Production", $"--Portal:DataDir={_data.Path}"];
        var developer = PortalCli.Services(args, devTools: true);
        Assert.NotNull(developer.GetRequiredService<NationalSeed>());
        Assert.NotNull(developer.GetRequiredService<DashboardBenchmark>());
        Assert.Null(PortalCli.Services(args, devTools: false).GetService<NationalSeed>());
    }

    [Fact]
    public async Task A_developer_verb_runs_in_production()
    {
        await using (var db = await TestDatabase.CreateOnFileAsync(file: _data.File("portal.db")))
            await DashboardData.SeedAsync(db);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var status = await PortalCli.TryRunAsync(["bench-dashboard", "--year", "2025", "--repeat", "1", "--environment=Production",
            $"--Portal:DataDir={_data.Path}"], stdout, stderr);

        Assert.True(status == 0, stderr.ToString());
        Assert.Contains("khớp với đếm trực tiếp", stdout.ToString());
    }

    public void Dispose() => _data.Dispose();
}
