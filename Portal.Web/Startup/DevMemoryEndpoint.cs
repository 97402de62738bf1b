using System.Net;

namespace Portal.Web.Startup;

/// <summary>
/// The circuit load tool's (Portal.Benchmarks) two questions to the server it measures; it reads the process's
/// resident memory and processor time itself from /proc. Mapped only with the demo on (never in production) and
/// answered only to the machine itself: a forced full collection on request would let anyone else stall the server.
/// <list type="bullet">
/// <item>GET /dev/memory: the managed heap after a full collection.</item>
/// <item>GET /dev/jit: how many methods the JIT has compiled so far. The render figure warms the server until this stops
/// growing: a freshly started server spends a third of its processor time recompiling hot methods for a minute or two
/// of load, which a portal serving for an hour has long done (record 0029).</item>
/// </list>
/// </summary>
public static class DevMemoryEndpoint
{
    public const string Path = "/dev/memory";
    public const string JitPath = "/dev/jit";

    public static WebApplication MapDevMemoryEndpoint(this WebApplication app)
    {
        if (!PortalWebHost.DemoEnabled(app.Configuration)) return app;
        app.MapGet(Path, (HttpContext http) =>
        {
            if (!FromThisMachine(http)) return Results.NotFound();
            // Twice, with the finalisers between: objects kept alive only by a finaliser go in the second collection.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return Results.Json(new { managedBytes = GC.GetTotalMemory(forceFullCollection: true) });
        });
        app.MapGet(JitPath, (HttpContext http) => FromThisMachine(http)
            ? Results.Json(new { compiledMethods = System.Runtime.JitInfo.GetCompiledMethodCount() })
            : Results.NotFound());
        return app;
    }

    private static bool FromThisMachine(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
}
