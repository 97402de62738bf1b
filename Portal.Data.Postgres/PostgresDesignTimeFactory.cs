using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Data.Providers;

namespace Portal.Data.Postgres;

/// <summary>
/// Lets `dotnet ef` build the context for the PostgreSQL migration set (this project as both --project and
/// --startup-project). Adding a migration or checking for a pending change needs no server; `PORTAL_POSTGRES` names one
/// for `dotnet ef database update`.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalPostgres(Environment.GetEnvironmentVariable("PORTAL_POSTGRES") ?? "Host=localhost;Database=portal_design");
        return new(options.Options);
    }
}
