using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.DevTools.Demo;

/// <summary>
/// The demo at start-up, after the database is prepared: the demo accounts (printed with their shared password, so
/// whoever started the portal can sign in), the demo history and the programme activities. Each step is idempotent.
/// </summary>
public static class DemoSeed
{
    public static async Task EnsureAsync(IServiceProvider services, TextWriter console, ILogger log, CancellationToken ct = default)
    {
        await using (var scope = services.CreateAsyncScope())
            Print(await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(ct), console);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var history = await services.GetRequiredService<DemoHistory>().EnsureAsync(ct);
        log.LogInformation("Demo history: {Rounds} rounds, {Dossiers} dossiers, {Proposals} reward proposals added in {Seconds:F1} s",
            history.Rounds, history.Dossiers, history.Proposals, watch.Elapsed.TotalSeconds);
        var activities = await services.GetRequiredService<DemoActivities>().EnsureAsync(ct);
        log.LogInformation("Demo programme activities: {Added} added", activities);
    }

    private static void Print(IReadOnlyList<(DemoAccount Account, string? UnitName)> accounts, TextWriter console)
    {
        console.WriteLine();
        console.WriteLine($"Tài khoản dùng thử (demo accounts) — mật khẩu chung / password: {DemoAccounts.Password}");
        foreach (var (a, unit) in accounts)
            console.WriteLine($"  {a.UserName,-18} {a.Role,-16} {unit ?? "(toàn hệ thống)"}");
        console.WriteLine();
    }
}
