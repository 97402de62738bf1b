using Microsoft.Extensions.DependencyInjection;
using Portal.DevTools.Benchmarks;
using Portal.DevTools.Demo;
using Portal.DevTools.National;

namespace Portal.DevTools;

/// <summary>
/// Registers the developer tools over the workflows layer: the demo (accounts, history, programme activities),
/// national-scale data (seed-national) and the dashboard benchmark with its SQL counts (bench-dashboard).
/// The portal calls this only when the demo is on (<c>Portal:SeedDemo</c>) or a developer verb runs:
/// production registers none of it.
/// </summary>
public static class DevToolsSetup
{
    public static IServiceCollection AddPortalDevTools(this IServiceCollection services)
    {
        services.AddScoped<DemoAccounts>();
        services.AddSingleton<DemoHistory>();
        services.AddSingleton<DemoActivities>();
        services.AddSingleton<NationalSeed>();
        services.AddSingleton<DashboardSqlCounts>();
        services.AddSingleton<DashboardBenchmark>();
        return services;
    }
}
