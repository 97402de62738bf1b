using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Providers;

namespace Portal.Data;

/// <summary>The folder that holds the portal's files (SQLite database, uploads, job store).</summary>
public sealed record PortalDataPaths(string DataDir)
{
    public string Uploads => Path.Combine(DataDir, "uploads");
}

/// <summary>
/// Where the portal keeps its files and how it reaches its database: <c>Portal:Database:Provider</c> = <c>Sqlite</c>
/// (default, the file portal.db in <c>Portal:DataDir</c>) or <c>PostgreSQL</c> with <c>ConnectionStrings:Portal</c>
/// (record 0019). The one place, with <see cref="DatabaseProviders"/>, that knows which provider runs.
/// </summary>
public static class PortalDatabase
{
    public static string DataDirectory(IConfiguration config)
    {
        var dir = Path.GetFullPath(config["Portal:DataDir"] is { Length: > 0 } d ? d : "data");
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static DatabaseProvider Provider(IConfiguration config) => DatabaseProviders.Parse(config["Portal:Database:Provider"]);

    public static string ConnectionString(IConfiguration config) =>
        config.GetConnectionString("Portal") is { Length: > 0 } cs ? cs
        : Provider(config) == DatabaseProvider.PostgreSQL
            ? throw new InvalidOperationException("Portal:Database:Provider is PostgreSQL but ConnectionStrings:Portal is empty.")
            : $"Data Source={Path.Combine(DataDirectory(config), "portal.db")}";

    /// <summary>Registers the context factory (for components and jobs) and a scoped context (for Identity).</summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration config)
    {
        var (provider, connection) = (Provider(config), ConnectionString(config));
        services.AddDbContextFactory<PortalDbContext>(o => o.UsePortalProvider(provider, connection));
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
