using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real portal (Program.cs) on a real Kestrel port and a real SQLite file in its data folder, in Development,
/// on the test's clock. The demo seeding (<c>Portal:SeedDemo</c>) as asked; unasked, Development's setting (on).
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDir;
    private readonly TimeProvider _clock;
    private readonly bool? _seedDemo;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Configuration for this host only, applied after the defaults below.</param>
    /// <param name="services">Services for this host only (a test's own page, say), added after the portal's.</param>
    public PortalFactory(string dataDir, TimeProvider clock, bool? seedDemo = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        (_dataDir, _clock, _seedDemo, _services) = (dataDir, clock, seedDemo, services);
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>What the portal logged as an error, from its start.</summary>
    public ServerErrorLog ServerErrors { get; } = new();

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>
    /// Stops the portal; false when it has not stopped after a minute: it is left behind with a line naming it (its data
    /// folder with it), so that one stuck shutdown cannot hold the whole run (which would wait forever, no test to blame).
    /// </summary>
    public async Task<bool> StopWithinAsync(string which)
    {
        var stopping = DisposeAsync().AsTask();
        if (await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromMinutes(1))) != stopping)
        {
            Console.Error.WriteLine($"{which} did not stop within a minute; left behind.");
            return false;
        }
        await stopping;
        return true;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", _dataDir);
        if (_seedDemo is { } demo) builder.UseSetting("Portal:SeedDemo", demo ? "true" : "false");
        // JobStorage.Current is process-wide: every test host uses in-memory storage and no server (no job runs by itself).
        builder.UseSetting("Hangfire:Storage", "InMemory");
        builder.UseSetting("Hangfire:Server", "false");
        // Every test signs in from 127.0.0.1, hundreds of times a run, and tests of refusals look for their row:
        // the sign-in throttle and the refusal quota have their own tests.
        builder.UseSetting("Portal:SignIn:PerAddress", "100000");
        builder.UseSetting("Portal:SignIn:PerName", "100000");
        builder.UseSetting("Portal:Refusals:PerUserPerMinute", "100000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddProvider(ServerErrors));
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton(_clock);
            _services?.Invoke(s);
        });
    }
}
