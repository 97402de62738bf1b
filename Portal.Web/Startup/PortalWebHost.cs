using Portal.DevTools;
using Portal.Web.Accounts;
using Portal.Web.Localization;
using Portal.Web.Security;

namespace Portal.Web.Startup;

/// <summary>The web app's builder with every service of the portal; the developer tools only when the demo is on.</summary>
public static class PortalWebHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = PortalContentRoot.For(Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
        });
        builder.AddPortalData();
        builder.AddPortalAccounts();
        builder.AddPortalLocalization();
        builder.AddPortalUi();
        builder.AddPortalSecurityHeaders();
        builder.AddPortalSchedule();
        // SIGTERM (issue 14 item 5): requests under way get up to 30 s to finish; Hangfire's jobs are cancelled at
        // once and put back in their queue (PortalScheduleSetup), to run again after the restart.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        if (DemoEnabled(builder.Configuration)) builder.Services.AddPortalDevTools();
        return builder;
    }

    /// <summary><c>Portal:SeedDemo</c>: on in Development (appsettings.Development.json), off otherwise.</summary>
    public static bool DemoEnabled(IConfiguration config) => config.GetValue("Portal:SeedDemo", false);
}
