using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real portal (Program.cs) on a real Kestrel port and a real SQLite file in its own data folder,
/// in Development so that demo accounts exist.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    public string DataDir { get; }

    public PortalFactory(string? dataDir = null)
    {
        DataDir = dataDir ?? Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDir);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        // JobStorage.Current is process-wide: every test host uses in-memory storage and no server (no job runs by itself).
        builder.UseSetting("Hangfire:Storage", "InMemory");
        builder.UseSetting("Hangfire:Server", "false");
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }
}
