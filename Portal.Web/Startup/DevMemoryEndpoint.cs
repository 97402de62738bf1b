using System.Net;

namespace Portal.Web.Startup;

/// <summary>
/// GET /dev/memory: the managed heap after a full collection, for the circuit load tool (Portal.Benchmarks), which reads
/// the process's resident memory itself from /proc. Mapped only with the demo on (never in production) and answered only
/// to the machine itself: a forced full collection on request would let anyone else stall the server.
/// </summary>
public static class DevMemoryEndpoint
{
    public const string Path = "/dev/memory";

    public static WebApplication MapDevMemoryEndpoint(this WebApplication app)
    {
        if (!PortalWebHost.DemoEnabled(app.Configuration)) return app;
        app.MapGet(Path, (HttpContext http) =>
        {
            if (http.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address)) return Results.NotFound();
            // Twice, with the finalisers between: objects kept alive only by a finaliser go in the second collection.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return Results.Json(new { managedBytes = GC.GetTotalMemory(forceFullCollection: true) });
        });
        return app;
    }
}
