using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Data;
using Portal.Workflows.Access;
using Portal.Workflows.Accounts;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Notifications;
using Portal.Workflows.Rewards;
using Portal.Workflows.Rounds;
using Portal.Workflows.Schedule;
using Portal.Workflows.Standards;
using Portal.Workflows.Units;

namespace Portal.Workflows;

/// <summary>Registers the workflows layer: scope rules, units, accounts, rounds, dossiers, reports, jobs.</summary>
public static class WorkflowsSetup
{
    public static IServiceCollection AddPortalWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton<TimeProvider>(MicrosecondClock.Instance);
        services.AddSingleton<RefusalQuota>();
        services.AddSingleton<AccessLog>();
        services.AddSingleton<UnitImporter>();
        services.AddSingleton<NationalUnits>();
        services.AddSingleton<UnitDirectory>();
        services.AddSingleton<Units.Categories.CommuneCategories>();
        services.AddSingleton<Units.Categories.CategoryCsvImport>();
        services.AddSingleton<Units.Lineage.LineageImport>();
        services.AddSingleton<Units.Lineage.UnitLineages>();
        services.AddSingleton<Units.UnitOffices>();
        services.AddSingleton<StandardSetCatalog>();
        services.AddSingleton<ShippedStandardSets>();
        services.AddSingleton<Rounds.Opening.IRoundOpeningInserts, Rounds.Opening.StandardSqlRoundOpening>();
        services.AddSingleton<RoundService>();
        services.AddSingleton<Rounds.Registering.BulkRegistration>();
        services.AddSingleton<RoundPages>();
        services.AddSingleton<RoundClosing>();
        services.AddSingleton<DossierScoring>();
        // Dossiers: use cases over one mutation helper; handlers of dossier events run inside the change (record 0010).
        services.AddSingleton<DossierEventBus>();
        services.AddSingleton<Faults.StorageFaults>();
        services.AddSingleton<DossierMutation>();
        services.AddSingleton<DossierPageReader>();
        services.AddSingleton<DossierSteps>();
        services.AddSingleton<DossierEdits>();
        services.AddSingleton<DossierCorrections>();
        services.AddSingleton<DossierFiles>();
        services.AddSingleton<DossierQueue>();
        services.AddSingleton<Decisions.DecisionReader>();
        services.AddSingleton<Decisions.WrittenAnswerReader>();
        services.AddDossierEventHandler<DossierStepTaken, RecognitionRewards>();
        // Summaries for dashboards and reports, kept in the step's transaction (record 0015).
        services.AddDossierEventHandler<DossierStepTaken, Summaries.SummaryUpkeep>();
        services.AddDossierEventHandler<DossierDataChanged, Summaries.SummaryUpkeep>();
        services.AddSingleton<Summaries.SummaryCheck>();
        services.AddDossierEventHandler<DossierDataChanged, SignOffVoiding>();
        // Unsaved typing kept as drafts; a save ends the saver's drafts in its own transaction (issue 14 item 5).
        services.AddSingleton<Dossiers.Drafts.DossierDrafts>();
        services.TryAddSingleton(new Dossiers.Drafts.DraftOptions());
        services.AddDossierEventHandler<DossierDataChanged, Dossiers.Drafts.DraftCleanup>();
        services.AddDossierEventHandler<DossierStepTaken, Dossiers.Drafts.DraftCleanup>();
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
        // Reports of the reporting duty (P8): tables, Excel files, "mark as sent".
        services.AddSingleton<Reports.ReportService>();
        services.AddSingleton<Reports.ReportExport>();
        services.AddSingleton<Reports.ReportPages>();
        // The audit chain's check (record 0016): the verify-audit verb and the daily job.
        services.AddSingleton<Audit.AuditVerifier>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<NotificationService>();
        services.TryAddSingleton(SmtpSettings.None);
        services.AddPortalJobs();
        services.AddSingleton<Backups.PortalBackup>();
        services.TryAddSingleton(Backups.BackupSettings.Default);
        services.AddScoped<PortalRolesSeeder>();
        services.AddScoped<UserAdministration>();
        services.AddSingleton<AccountSessions>();
        services.AddScoped<PasswordCheck>();

        // Programme activities of the provincial plan (P1 targets, P2 communication, P3 safe models, P7 inspections).
        services.AddSingleton<Activities.ActivityService>();

        return services;
    }

    /// <summary>
    /// Migrations, the national units and their 2025 merger lineage, the shipped standard sets: what every use of the
    /// database needs (the web app's start and the command-line verbs). Each step is idempotent. Returns the units and
    /// sets it added.
    /// </summary>
    public static async Task<(int Units, int Sets)> PrepareDatabaseAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await PortalDatabase.MigrateAsync(services, ct);
        var units = await services.GetRequiredService<NationalUnits>().ImportAsync(ct);
        // The lineage links the two structures: after both are there (record 0013).
        await services.GetRequiredService<Units.Lineage.LineageImport>().ImportAsync(ct);
        var sets = await services.GetRequiredService<ShippedStandardSets>().EnsureAsync(ct);
        await Summaries.SummaryBackfill.EnsureAsync(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PortalDbContext>>(), ct);
        return (units, sets);
    }
}
