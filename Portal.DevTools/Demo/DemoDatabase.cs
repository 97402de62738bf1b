using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.DevTools.Demo;

/// <summary>
/// The portal's database as the demo's services see it: contexts from the portal's own factory, all on one open
/// connection. The use cases still begin, save and commit each change as they always do. On SQLite that connection
/// writes without waiting for the disk (<c>synchronous = OFF</c>): a commit per change would otherwise wait for the
/// disk about two thousand times on a first start. The files are still written in order, so stopping the portal
/// mid-seed loses nothing already committed; only a power cut during the seeding could. The setting is put back before
/// the connection goes back to the pool, so the portal's own connections never write that way.
/// </summary>
internal sealed class DemoDatabase : IDbContextFactory<PortalDbContext>, IAsyncDisposable
{
    private readonly IDbContextFactory<PortalDbContext> _portal;
    private readonly PortalDbContext _holder;
    private readonly DbConnection _connection;
    private readonly long? _synchronous;

    private DemoDatabase(IDbContextFactory<PortalDbContext> portal, PortalDbContext holder, long? synchronous) =>
        (_portal, _holder, _connection, _synchronous) = (portal, holder, holder.Database.GetDbConnection(), synchronous);

    public static async Task<DemoDatabase> OpenAsync(IDbContextFactory<PortalDbContext> portal, CancellationToken ct)
    {
        var holder = await portal.CreateDbContextAsync(ct);
        await holder.Database.OpenConnectionAsync(ct);
        long? synchronous = null;
        if (holder.Database.IsSqlite())
        {
            synchronous = Convert.ToInt64(await ScalarAsync(holder.Database.GetDbConnection(), "PRAGMA synchronous", ct),
                System.Globalization.CultureInfo.InvariantCulture);
            await ScalarAsync(holder.Database.GetDbConnection(), "PRAGMA synchronous = OFF", ct);
        }
        return new DemoDatabase(portal, holder, synchronous);
    }

    public PortalDbContext CreateDbContext()
    {
        var db = _portal.CreateDbContext();
        db.Database.SetDbConnection(_connection);
        return db;
    }

    public Task<PortalDbContext> CreateDbContextAsync(CancellationToken ct = default) => Task.FromResult(CreateDbContext());

    public async ValueTask DisposeAsync()
    {
        if (_synchronous is { } level)
            await ScalarAsync(_connection, $"PRAGMA synchronous = {level.ToString(System.Globalization.CultureInfo.InvariantCulture)}", default);
        await _holder.Database.CloseConnectionAsync();
        await _holder.DisposeAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
