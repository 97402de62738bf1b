using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Data;

/// <summary>The folder that holds the portal's files (database, uploads, keys, job store).</summary>
public sealed record PortalDataPaths(string DataDir)
{
    public string Uploads => Path.Combine(DataDir, "uploads");
}

/// <summary>
/// Where the portal keeps its files and how it reaches its database.
/// `Portal:DataDir` (env `Portal__DataDir`, default ./data) holds the SQLite file, uploads and the job store.
/// </summary>
public static class PortalDatabase
{
    public static string DataDirectory(IConfiguration config)
    {
        var dir = Path.GetFullPath(config["Portal:DataDir"] is { Length: > 0 } d ? d : "data");
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string ConnectionString(IConfiguration config) =>
        config.GetConnectionString("Portal") is { Length: > 0 } cs
            ? cs
            : $"Data Source={Path.Combine(DataDirectory(config), "portal.db")}";

    /// <summary>Registers the context factory (for components and jobs) and a scoped context (for Identity).</summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration config)
    {
        var connection = ConnectionString(config);
        services.AddDbContextFactory<PortalDbContext>(o => o.UseSqlite(connection));
        services.AddSingleton(new PortalDataPaths(DataDirectory(config)));
        return services;
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
