using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Portal.Data.Providers;

/// <summary>How many rows a table had in the source and has in the target after the copy.</summary>
public sealed record TableCount(string Table, long Source, long Target);

/// <summary>
/// copy-database --to-postgres (record 0019): every table of the portal's model, Identity's included, from the
/// configured database (a province's SQLite) into an empty PostgreSQL database, rows as they are: same keys, same
/// audit rows and hashes, so the chain verifies there; nothing is audited anew. The target is migrated first and must
/// hold no row and no table of anything else; the copy is one transaction (all or nothing); identity sequences continue
/// after the copied keys. Hangfire's job store (its own file) is not copied: PostgreSQL's makes itself at the first start.
/// </summary>
public static class PostgresCopy
{
    public sealed class TargetNotEmptyException(string message) : InvalidOperationException(message);

    public static async Task<IReadOnlyList<TableCount>> CopyAsync(Func<PortalDbContext> source, string target, CancellationToken ct = default)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalPostgres(target);
        await using var to = new PortalDbContext(options.Options);
        var types = InDependencyOrder(to.Model);
        var tables = types.Select(t => t.GetTableName()!).ToHashSet(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(target))
        {
            await connection.OpenAsync(ct);
            var foreign = (await ListAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", ct))
                .Where(t => !tables.Contains(t) && t != "__EFMigrationsHistory" && t != "__EFMigrationsLock").ToList();
            if (foreign.Count > 0) throw new TargetNotEmptyException($"The target holds other tables: {string.Join(", ", foreign.Take(5))}.");
        }
        await to.Database.MigrateAsync(ct);
        await to.Database.OpenConnectionAsync(ct);
        var pg = (NpgsqlConnection)to.Database.GetDbConnection();
        foreach (var table in tables)
            if (await CountAsync(pg, table, ct) > 0) throw new TargetNotEmptyException($"The target's table {table} has rows.");

        await using var transaction = await pg.BeginTransactionAsync(ct);
        var counts = new List<TableCount>();
        foreach (var type in types)
        {
            await using var from = source();
            var rows = await RowsAsync(from, from.Model.FindEntityType(type.Name)!, ct);
            await WriteAsync(pg, type, rows, ct);
            counts.Add(new(type.GetTableName()!, rows.Count, await CountAsync(pg, type.GetTableName()!, ct)));
        }
        if (counts.FirstOrDefault(c => c.Source != c.Target) is { } wrong)
            throw new InvalidOperationException($"Table {wrong.Table}: {wrong.Source} rows read, {wrong.Target} written; nothing was kept.");
        await transaction.CommitAsync(ct);
        return counts;
    }

    /// <summary>Tables after the tables they refer to; a table that refers to itself orders its own rows (<see cref="RowsAsync"/>).</summary>
    private static List<IEntityType> InDependencyOrder(IModel model)
    {
        var left = model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned()).ToList();
        var ordered = new List<IEntityType>();
        while (left.Count > 0)
        {
            var ready = left.Where(t => t.GetForeignKeys().All(f => f.PrincipalEntityType == t || ordered.Contains(f.PrincipalEntityType))).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("The model's foreign keys form a cycle.");
            ordered.AddRange(ready.OrderBy(t => t.GetTableName(), StringComparer.Ordinal));
            left.RemoveAll(ready.Contains);
        }
        return ordered;
    }

    /// <summary>A table's rows as tracked entries (shadow values included), a row referred to by its own table first.</summary>
    private static async Task<List<EntityEntry>> RowsAsync(PortalDbContext db, IEntityType type, CancellationToken ct)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
        var rows = (await set.ToListAsync(ct)).Select(db.Entry).ToList();
        var self = type.GetForeignKeys().Where(f => f.PrincipalEntityType == type).ToList();
        if (self.Count == 0) return rows;
        string Key(EntityEntry e, IEnumerable<IProperty> props) => string.Join('/', props.Select(p => e.Property(p.Name).CurrentValue));
        var byKey = rows.ToDictionary(r => Key(r, type.FindPrimaryKey()!.Properties), StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<EntityEntry>(rows.Count);
        void Add(EntityEntry row)
        {
            if (!done.Add(Key(row, type.FindPrimaryKey()!.Properties))) return;
            foreach (var fk in self)
                if (fk.Properties.All(p => row.Property(p.Name).CurrentValue is not null) && byKey.TryGetValue(Key(row, fk.Properties), out var parent))
                    Add(parent);
            ordered.Add(row);
        }
        rows.ForEach(Add);
        return ordered;
    }

    /// <summary>PostgreSQL's COPY, each value as the target's model stores it (its converters: enums as text, times as UTC).</summary>
    private static async Task WriteAsync(NpgsqlConnection pg, IEntityType type, List<EntityEntry> rows, CancellationToken ct)
    {
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var props = type.GetProperties().ToList();
        var columns = string.Join(", ", props.Select(p => $"\"{p.GetColumnName(store)}\""));
        await using (var copy = await pg.BeginBinaryImportAsync($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                foreach (var p in props)
                {
                    var value = row.Property(p.Name).CurrentValue;
                    if (value is not null && p.GetTypeMapping().Converter is { } converter) value = converter.ConvertToProvider(value);
                    if (value is null) await copy.WriteNullAsync(ct);
                    else await copy.WriteAsync(value, ct);
                }
            }
            await copy.CompleteAsync(ct);
        }
        // Keys the database gives go on after the copied ones.
        foreach (var key in props.Where(p => p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey()))
            await ExecuteAsync(pg, $"""
                SELECT setval(s, (SELECT COALESCE(MAX("{key.GetColumnName(store)}"), 0) + 1 FROM "{table}"), false)
                FROM (SELECT pg_get_serial_sequence('"{table}"', '{key.GetColumnName(store)}') AS s) q WHERE s IS NOT NULL
                """, ct);
    }

    private static async Task<long> CountAsync(NpgsqlConnection pg, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", pg);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection pg, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, pg);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection pg, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, pg);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new List<string>();
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        return names;
    }
}
