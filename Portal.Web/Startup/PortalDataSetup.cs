using Microsoft.AspNetCore.DataProtection;
using Portal.Data;
using Portal.Workflows;

namespace Portal.Web.Startup;

public static class PortalDataSetup
{
    /// <summary>The database (SQLite file in Portal:DataDir by default) and the workflows layer over it.</summary>
    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        builder.Services.AddPortalDatabase(builder.Configuration);
        builder.Services.AddPortalWorkflows();
        // Sign-in cookies survive a restart: the keys live with the rest of the portal's data.
        var keys = Path.Combine(PortalDatabase.DataDirectory(builder.Configuration), "keys");
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys));
        return builder;
    }
}
