using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Data.Providers;

/// <summary>
/// PostgreSQL: a save inside a transaction (every audited save is, record 0016) first locks the audit table against other
/// writers, so two instances never read the same last row and fork the chain. Readers are not blocked. SQLite needs
/// none of it: its transactions begin IMMEDIATE and so are serialised already.
/// </summary>
public sealed class AuditChainLock : SaveChangesInterceptor
{
    public static readonly AuditChainLock Instance = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: not null } db)
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"AuditEntries\" IN EXCLUSIVE MODE", cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { Database.CurrentTransaction: not null } db)
            db.Database.ExecuteSqlRaw("LOCK TABLE \"AuditEntries\" IN EXCLUSIVE MODE");
        return result;
    }
}
