using Microsoft.AspNetCore.DataProtection;
using Portal.Data;
using Portal.Workflows;
using Portal.Workflows.Access;

namespace Portal.Web.Startup;

public static class PortalDataSetup
{
    /// <summary>The database (SQLite file in Portal:DataDir by default, or PostgreSQL) and the workflows layer over it.</summary>
    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        builder.Services.AddPortalDatabase(builder.Configuration);
        builder.Services.AddPortalWorkflows();
        // How many refusals of one user a minute the refusal table takes (the rest go to the application log).
        var refusals = builder.Configuration.GetValue("Portal:Refusals:PerUserPerMinute", RefusalQuota.DefaultPerMinute);
        builder.Services.AddSingleton(sp => new RefusalQuota(sp.GetRequiredService<TimeProvider>(), refusals));
        // Sign-in cookies and antiforgery tokens survive a restart and open on every instance: the keys are in the
        // portal's database (either provider; not audited, AuditTrail).
        builder.Services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();
        return builder;
    }
}
