using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Audit;
using Portal.Data.Dossiers;
using Portal.Data.Units;

namespace Portal.Data;

// Every save writes its audit rows in its own transaction (record 0016): the changes are saved, the last audit row is
// read, the new rows are chained to it and saved, then the transaction commits. Writers are serialised before the last
// row is read, so the chain never forks: on SQLite the transaction begins IMMEDIATE; on PostgreSQL the setup adds
// Providers.AuditChainLock. A save inside a caller's transaction joins it.
public partial class PortalDbContext
{
    /// <summary>Who the audit names for this context's saves (a user name); empty for the portal itself.</summary>
    public string AuditActor { get; set; } = "";

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAuditedAsync(acceptAllChangesOnSuccess, cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveAuditedAsync(acceptAllChangesOnSuccess, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Rows a set-based statement inserted in this context's transaction (a round's registrations and dossiers): they
    /// are tracked as they are now and audited as inserts by the next save, exactly as if EF had inserted them.
    /// </summary>
    public void AuditInsertedBySql(IEnumerable<object> rows)
    {
        foreach (var row in rows) _insertedBySql.Add(Entry(row));
    }

    private readonly List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> _insertedBySql = [];

    private async Task<int> SaveAuditedAsync(bool accept, CancellationToken ct)
    {
        // Changes are detected once, here (Capture detects them too): the guard, the capture and both saves below would
        // each walk every tracked row again, and nothing changes a tracked row between them.
        ChangeTracker.DetectChanges();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedAsync(accept, ct);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private async Task<int> SaveDetectedAsync(bool accept, CancellationToken ct)
    {
        GuardAppendOnly();
        var pending = AuditTrail.Capture(this);
        pending.AddRange(_insertedBySql.Select(e => new AuditTrail.Pending(e, "insert", null, null)));
        _insertedBySql.Clear();
        if (pending.Count == 0) return await base.SaveChangesAsync(accept, ct);
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            // Accepted at once: the audit rows need the keys the database gave; a failure below rolls both back.
            var count = await base.SaveChangesAsync(true, ct);
            var last = await LastAuditRow.For(this)(this, ct);
            var rows = AuditTrail.Chain(pending, last?.Id ?? 0, last?.Hash ?? AuditHash.Genesis, Clock.GetUtcNow().UtcDateTime, AuditActor);
            AuditEntries.AddRange(rows);
            await base.SaveChangesAsync(true, ct);
            foreach (var row in rows) Entry(row).State = EntityState.Detached;
            if (own is not null) await own.CommitAsync(ct);
            return count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>The chain's end, where the new rows are chained; compiled because every audited save (every step) reads it.</summary>
    private sealed record ChainEnd(long Id, string Hash);

    private static readonly CompiledPerModel<Func<PortalDbContext, CancellationToken, Task<ChainEnd?>>> LastAuditRow = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, CancellationToken ct) => db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => new ChainEnd(a.Id, a.Hash)).FirstOrDefault()));

    /// <summary>The dossier history, the lineage history and the audit are append-only: no code path may change or remove a line of them.</summary>
    private void GuardAppendOnly()
    {
        if (ChangeTracker.Entries().Any(e => e.Entity is DossierEvent or AuditEntry && e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The dossier history and the audit are append-only.");
        if (ChangeTracker.Entries<UnitLineageChange>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The lineage history is append-only.");
    }

    /// <summary>The application's clock when it has one (the tests' clock), else the system's.</summary>
    private TimeProvider Clock => _clock ??=
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? MicrosecondClock.Instance;

    private TimeProvider? _clock;
}
