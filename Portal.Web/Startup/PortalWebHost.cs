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
        if (DemoEnabled(builder.Configuration)) builder.Services.AddPortalDevTools();
        return builder;
    }

    /// <summary><c>Portal:SeedDemo</c>: on in Development (appsettings.Development.json), off otherwise.</summary>
    public static bool DemoEnabled(IConfiguration config) => config.GetValue("Portal:SeedDemo", false);
}
