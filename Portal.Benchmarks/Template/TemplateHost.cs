using System.Net;

namespace Portal.Benchmarks.Template;

/// <summary>
/// <c>template --urls URL</c>: the empty Blazor Server app (one interactive counter page), run by the load tool as its
/// own process beside the portal, so that both are measured the same way in the same run. It answers GET /dev/memory
/// like the portal with the demo on.
/// </summary>
public static class TemplateHost
{
    public static int Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Development serves the framework's script from the build output, as `dotnet run` of the template does.
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        var app = builder.Build();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<TemplateApp>().AddInteractiveServerRenderMode();
        app.MapGet("/dev/memory", (HttpContext http) =>
        {
            if (http.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address)) return Results.NotFound();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return Results.Json(new { managedBytes = GC.GetTotalMemory(forceFullCollection: true) });
        });
        app.Run();
        return 0;
    }
}
