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
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Configuration for this host only, applied after the defaults below.</param>
    public PortalFactory(string? dataDir = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
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
        // Every test signs in from 127.0.0.1, hundreds of times a run, and tests of refusals look for their row:
        // the sign-in throttle and the refusal quota have their own tests.
        builder.UseSetting("Portal:SignIn:PerAddress", "100000");
        builder.UseSetting("Portal:SignIn:PerName", "100000");
        builder.UseSetting("Portal:Refusals:PerUserPerMinute", "100000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }
}
