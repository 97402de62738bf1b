using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Dossiers;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Two instances whose dossier saves can be held at a gate: once armed, each instance's save of a changed dossier waits
/// until the other's has come as far, so both have read the same version and passed every check before either writes.
/// Only the version column, compared in the UPDATE, can then tell the second from the first.
/// </summary>
public class RacingPortalsFixture : TwoPortalsFixture
{
    public SaveGate Gate { get; } = new();

    protected override void AddServices(IServiceCollection services) =>
        services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(Gate));

    /// <summary>
    /// Held where the save's transaction begins (before SQLite's IMMEDIATE lock, which the other instance's save would
    /// otherwise wait for while this one waits for it).
    /// </summary>
    public sealed class SaveGate : DbTransactionInterceptor
    {
        private Barrier? _barrier;

        /// <summary>The next <paramref name="saves"/> dossier saves wait for one another.</summary>
        public void Arm(int saves) => _barrier = new Barrier(saves);

        public void Disarm() => _barrier = null;

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (_barrier is { } barrier && eventData.Context is { } db && db.ChangeTracker.Entries<Dossier>().Any(e => e.State == EntityState.Modified))
                Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(60)), "the other instance never came to its save");
            return ValueTask.FromResult(result);
        }
    }
}

/// <summary>The same racing instances on one PostgreSQL database.</summary>
public sealed class RacingPortalsOnPostgresFixture : RacingPortalsFixture
{
    protected override bool OnPostgres => true;
}
