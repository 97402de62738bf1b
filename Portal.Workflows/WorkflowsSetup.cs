using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Workflows.Access;
using Portal.Workflows.Accounts;
using Portal.Workflows.Demo;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Notifications;
using Portal.Workflows.Rewards;
using Portal.Workflows.Rounds;
using Portal.Workflows.Schedule;
using Portal.Workflows.Standards;
using Portal.Workflows.Units;

namespace Portal.Workflows;

/// <summary>Registers the workflows layer: scope rules, units, accounts.</summary>
public static class WorkflowsSetup
{
    public static IServiceCollection AddPortalWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AccessLog>();
        services.AddSingleton<UnitImporter>();
        services.AddSingleton<NationalUnits>();
        services.AddSingleton<UnitDirectory>();
        services.AddSingleton<StandardSetCatalog>();
        services.AddSingleton<ShippedStandardSets>();
        services.AddSingleton<RoundService>();
        services.AddSingleton<RoundPages>();
        services.AddSingleton<DossierScoring>();
        // Dossiers: use cases over one mutation helper; handlers of dossier events run inside the change (record 0010).
        services.AddSingleton<DossierEventBus>();
        services.AddSingleton<DossierMutation>();
        services.AddSingleton<DossierPageReader>();
        services.AddSingleton<DossierSteps>();
        services.AddSingleton<DossierEdits>();
        services.AddSingleton<DossierFiles>();
        services.AddSingleton<DossierQueue>();
        services.AddDossierEventHandler<DossierStepTaken, RecognitionRewards>();
        services.AddDossierEventHandler<DossierDataChanged, SignOffVoiding>();
        // Every step tells whoever acts next, in the step's transaction (issue 16 item 8).
        services.AddSingleton<StepNotifications>();
        services.AddSingleton<IDossierEventHandler<DossierStepTaken>>(s => s.GetRequiredService<StepNotifications>());
        services.AddSingleton<IDossierEventHandler<DossierSignOffVoided>>(s => s.GetRequiredService<StepNotifications>());
        services.AddSingleton<Deadlines.OnTimeStatistics>();
        services.AddSingleton<RewardService>();
        services.AddSingleton<Activities.ActivityStatistics>();
        // Dashboard: the managers' figures and the dossier lists behind them.
        services.AddSingleton<Dashboard.DashboardFocusReader>();
        services.AddSingleton<Dashboard.DashboardStatistics>();
        services.AddSingleton<Dashboard.DossierFinder>();
        services.AddSingleton<Dashboard.DashboardOverview>();
        services.AddSingleton<Dashboard.DashboardSqlCounts>();
        services.AddSingleton<Dashboard.DashboardBenchmark>();
        // Reports of the reporting duty (P8): tables, Excel files, "mark as sent".
        services.AddSingleton<Reports.ReportService>();
        services.AddSingleton<Reports.ReportExport>();
        services.AddSingleton<Reports.ReportPages>();
        services.AddSingleton<DemoHistory>();
        // National-scale load and benchmark data (the seed-national verb).
        services.AddSingleton<NationalSeed>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<NotificationService>();
        services.TryAddSingleton(SmtpSettings.None);
        services.AddPortalJobs();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<PortalRolesSeeder>();
        services.AddScoped<UserAdministration>();

        // Programme activities of the provincial plan (P1 targets, P2 communication, P3 safe models, P7 inspections) and their demo.
        services.AddSingleton<Activities.ActivityService>();
        services.AddSingleton<DemoActivities>();

        return services;
    }
}
