using Portal.DevTools.Demo;
using Portal.Workflows;
using Portal.Workflows.Accounts;

namespace Portal.Web.Startup;

/// <summary>
/// What runs before the first request: migrations, the national units, the roles and, with the demo on,
/// the demo accounts and demo history. Each step is idempotent, so every start runs all of them.
/// </summary>
public static class PortalStartup
{
    public static async Task PreparePortalAsync(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.Startup");
        var (added, sets) = await WorkflowsSetup.PrepareDatabaseAsync(app.Services);
        log.LogInformation("National units: {Added} added", added);
        log.LogInformation("Shipped standard sets: {Added} added", sets);

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<PortalRolesSeeder>().EnsureAsync();
        if (PortalWebHost.DemoEnabled(app.Configuration)) await DemoSeed.EnsureAsync(app.Services, Console.Out, log);
    }
}
