using Portal.Data;
using Portal.Workflows.Accounts;
using Portal.Workflows.Demo;
using Portal.Workflows.Standards;
using Portal.Workflows.Units;

namespace Portal.Web.Startup;

/// <summary>
/// What runs before the first request: migrations, the national units, the roles and, in development,
/// the demo accounts and demo history. Each step is idempotent, so every start runs all of them.
/// </summary>
public static class PortalStartup
{
    public static async Task PreparePortalAsync(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.Startup");
        var (added, sets) = await PrepareDatabaseAsync(app.Services);
        log.LogInformation("National units: {Added} added", added);
        log.LogInformation("Shipped standard sets: {Added} added", sets);

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalRolesSeeder>().EnsureAsync();
        if (app.Configuration.GetValue("Portal:SeedDemo", false))
        {
            PrintDemoAccounts(await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync());
            var history = await app.Services.GetRequiredService<DemoHistory>().EnsureAsync();
            log.LogInformation("Demo history: {Rounds} rounds, {Dossiers} dossiers, {Proposals} reward proposals added",
                history.Rounds, history.Dossiers, history.Proposals);
            var activities = await app.Services.GetRequiredService<DemoActivities>().EnsureAsync();
            log.LogInformation("Demo programme activities: {Added} added", activities);
        }
    }

    /// <summary>Migrations, the national units and their merger lineage, the shipped standard sets: what every use of the database needs (CLI verbs too).</summary>
    public static async Task<(int Units, int Sets)> PrepareDatabaseAsync(IServiceProvider services)
    {
        await PortalDatabase.MigrateAsync(services);
        var units = await services.GetRequiredService<NationalUnits>().ImportAsync();
        // The 2025 merger's lineage links the two structures: after both are there, idempotent (record 0013).
        await services.GetRequiredService<Portal.Workflows.Units.Lineage.LineageImport>().ImportAsync();
        var sets = await services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        return (units, sets);
    }

    private static void PrintDemoAccounts(IReadOnlyList<(DemoAccount Account, string? UnitName)> accounts)
    {
        Console.WriteLine();
        Console.WriteLine($"Tài khoản dùng thử (demo accounts) — mật khẩu chung / password: {DemoAccounts.Password}");
        foreach (var (a, unit) in accounts)
            Console.WriteLine($"  {a.UserName,-18} {a.Role,-16} {unit ?? "(toàn hệ thống)"}");
        Console.WriteLine();
    }
}
