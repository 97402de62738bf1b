using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Portal.Data;
using Portal.Web.Schedule;
using Portal.Workflows.Schedule;

namespace Portal.Web.Startup;

/// <summary>
/// Hangfire: storage (<c>Hangfire:Storage</c> = InMemory for tests; otherwise the portal's database provider: SQLite in
/// its own file <c>hangfire.db</c> in the data directory, or PostgreSQL in the schema <c>hangfire</c> of the portal's
/// database, whose distributed locks let several instances share one server set), a server (<c>Hangfire:Server</c>, on by default), every job of
/// <see cref="PortalJobs"/> as a daily recurring job, and the dashboard at <c>/hangfire</c> for administrators.
/// </summary>
public static class PortalScheduleSetup
{
    public const string DashboardPath = "/hangfire";

    public static WebApplicationBuilder AddPortalSchedule(this WebApplicationBuilder builder)
    {
        var cfg = builder.Configuration;
        builder.Services.AddHangfire(h =>
        {
            h.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (string.Equals(cfg["Hangfire:Storage"], "InMemory", StringComparison.OrdinalIgnoreCase))
                h.UseInMemoryStorage();
            else if (PortalDatabase.Provider(cfg) == Portal.Data.Providers.DatabaseProvider.PostgreSQL)
                h.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(PortalDatabase.ConnectionString(cfg)),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = true });
            else
                h.UseSQLiteStorage(cfg["Hangfire:SqlitePath"] is { Length: > 0 } path ? path : Path.Combine(PortalDatabase.DataDirectory(cfg), "hangfire.db"),
                    new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
        });
        if (cfg.GetValue("Hangfire:Server", true))
            builder.Services.AddHangfireServer(o =>
            {
                o.WorkerCount = cfg.GetValue("Hangfire:Workers", 2);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(15);
                // On SIGTERM a running job's token is cancelled at once (StopTimeout 0) and the job goes back to its queue;
                // the server waits for that within the host's 30 s (PortalWebHost).
                o.StopTimeout = TimeSpan.Zero;
                o.ShutdownTimeout = TimeSpan.FromSeconds(20);
            });
        builder.Services.AddTransient<PortalJobRunner>();
        builder.Services.AddSingleton(new Portal.Workflows.Backups.BackupSettings(cfg["Portal:Backup:Folder"], cfg.GetValue("Portal:Backup:Keep", 7)));
        // E-mail only when Portal:Smtp:Host is set.
        builder.Services.AddSingleton(new Portal.Workflows.Notifications.SmtpSettings(cfg["Portal:Smtp:Host"],
            cfg.GetValue("Portal:Smtp:Port", 25), cfg["Portal:Smtp:UserName"], cfg["Portal:Smtp:Password"],
            cfg["Portal:Smtp:From"] ?? "portal@localhost", cfg["Portal:Smtp:Security"] ?? "Auto", cfg["Portal:BaseUrl"] ?? "http://localhost"));
        return builder;
    }

    /// <summary>Registers the recurring jobs (idempotent: every start updates them) and maps the dashboard.</summary>
    public static WebApplication UsePortalSchedule(this WebApplication app)
    {
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        var options = new RecurringJobOptions { TimeZone = VietnamTime };
        // Shortly after midnight in Vietnam, one job after the other in the order of PortalJobs.All.
        for (var i = 0; i < PortalJobs.All.Count; i++)
        {
            var (id, cron) = (PortalJobs.All[i].Id, PortalJobs.All[i].Cron);
            recurring.AddOrUpdate<PortalJobRunner>(id, r => r.RunAsync(id, CancellationToken.None),
                app.Configuration[$"Hangfire:Cron:{id}"] ?? cron ?? $"{5 + 5 * i} 0 * * *", options);
        }
        // Not scheduled: "trigger now" in the dashboard runs every job in order.
        recurring.AddOrUpdate<PortalJobRunner>(PortalJobRunner.RunAllId, r => r.RunAsync(PortalJobRunner.RunAllId, CancellationToken.None),
            Cron.Never(), options);
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdministratorsOnlyDashboard()],
            AppPath = "/",
            DashboardTitle = "Portal — Hangfire",
        });
        return app;
    }

    private static TimeZoneInfo VietnamTime =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Ho_Chi_Minh", out var tz) ? tz
            : TimeZoneInfo.CreateCustomTimeZone("UTC+07", TimeSpan.FromHours(7), "UTC+07", "UTC+07");
}
