using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Data;
using Portal.Workflows;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Notifications;
using Portal.Workflows.Rewards;
using Portal.Workflows.Rounds;
using Portal.Workflows.Rounds.Registering;
using Portal.Workflows.Units.Categories;

namespace Portal.DevTools.Demo;

/// <summary>
/// The product's own services over the portal's database, registered exactly as the portal registers them
/// (<see cref="WorkflowsSetup.AddPortalWorkflows"/>, with every dossier event handler: summaries, notifications,
/// rewards, drafts) but on the demo's <see cref="DemoClock"/> and <see cref="DemoDatabase"/>: the demo takes every
/// step through them, on the day it moves the clock to.
/// </summary>
internal sealed class DemoServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private DemoServices(DemoDatabase database, PortalDataPaths paths, ILoggerFactory loggers, DateTimeOffset start)
    {
        (Clock, Database) = (new DemoClock(start), database);
        var services = new ServiceCollection();
        // Registered first: the workflows' own registrations only add what is missing (TryAdd), so these stay.
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(loggers);
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(database);
        services.AddSingleton(paths);
        services.AddPortalWorkflows();
        _provider = services.BuildServiceProvider();
    }

    public static async Task<DemoServices> StartAsync(IDbContextFactory<PortalDbContext> dbFactory, PortalDataPaths paths, ILoggerFactory loggers,
        DateTimeOffset start, CancellationToken ct) =>
        new(await DemoDatabase.OpenAsync(dbFactory, ct), paths, loggers, start);

    public DemoClock Clock { get; }
    /// <summary>The database the services use: what the demo reads while it works must be read here.</summary>
    public DemoDatabase Database { get; }
    public RoundService Rounds => Get<RoundService>();
    public BulkRegistration Registration => Get<BulkRegistration>();
    public RoundClosing Closing => Get<RoundClosing>();
    public CommuneCategories Categories => Get<CommuneCategories>();
    public DossierSteps Steps => Get<DossierSteps>();
    public DossierEdits Edits => Get<DossierEdits>();
    public DossierFiles Files => Get<DossierFiles>();
    public DossierScoring Scoring => Get<DossierScoring>();
    public RewardService Rewards => Get<RewardService>();
    public NotificationService Notifications => Get<NotificationService>();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Database.DisposeAsync();
    }

    private T Get<T>() where T : notnull => _provider.GetRequiredService<T>();
}
