using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Audit;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Audit;

/// <summary>
/// Compares the tables with what the audit says they hold: the audit's rows of a table, replayed in order, give each
/// row's last known values. A row the audit knows but the table lacks was removed quietly; a value that differs was
/// edited quietly; a row the table has but the audit never saw, numbered after the first row the audit saw inserted,
/// was added quietly. Rows from before the audit began (a database older than it) are compared only on what the audit
/// has seen of them since.
/// </summary>
public static class AuditReplay
{
    private sealed class Known(bool removed, Dictionary<string, string?> values)
    {
        public bool Removed { get; set; } = removed;
        public Dictionary<string, string?> Values { get; } = values;
    }

    public static async Task<List<string>> DisagreementsAsync(PortalDbContext db, CancellationToken ct)
    {
        var (audit, firstInserts) = await LoadAsync(db, ct);
        var problems = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => AuditTrail.IsAudited(t.ClrType) && !t.IsOwned() && t.FindPrimaryKey() is not null))
        {
            var table = type.GetTableName() ?? type.ShortName();
            var known = audit.GetValueOrDefault(table) ?? [];
            var props = type.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
            var key = type.FindPrimaryKey()!.Properties;
            long? firstInserted = key.Count == 1 && firstInserts.TryGetValue(table, out var n) ? n : null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in await RowsAsync(db, type.ClrType, ct))
            {
                var id = string.Join('/', key.Select(p => AuditHash.Text(p.PropertyInfo!.GetValue(row))));
                seen.Add(id);
                if (!known.TryGetValue(id, out var k))
                {
                    if (firstInserted is { } first && long.TryParse(id, out var number) && number > first) problems.Add(WorkflowText.Get("Audit.RowAdded", table, id));
                    continue;
                }
                if (k.Removed) { problems.Add(WorkflowText.Get("Audit.RowBack", table, id)); continue; }
                foreach (var p in props.Where(p => k.Values.ContainsKey(p.Name) && !AuditTrail.IsSecret(p.Name)))
                {
                    var now = AuditHash.Text(p.PropertyInfo!.GetValue(row));
                    if (now != k.Values[p.Name]) problems.Add(WorkflowText.Get("Audit.ValueChanged", table, id, p.Name, now, k.Values[p.Name]));
                }
            }
            problems.AddRange(known.Where(k => !k.Value.Removed && !seen.Contains(k.Key)).Select(k => WorkflowText.Get("Audit.RowRemoved", table, k.Key)));
        }
        return problems;
    }

    /// <summary>Each table's rows as the audit last saw them, and the first key the audit saw inserted in each.</summary>
    private static async Task<(Dictionary<string, Dictionary<string, Known>>, Dictionary<string, long>)> LoadAsync(PortalDbContext db,
        CancellationToken ct)
    {
        var tables = new Dictionary<string, Dictionary<string, Known>>(StringComparer.Ordinal);
        var firstInserts = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var a in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Entity, a.EntityKey, a.Operation, a.Data }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var rows = tables.TryGetValue(a.Entity, out var t) ? t : tables[a.Entity] = new(StringComparer.Ordinal);
            var values = AuditHash.ReadData(a.Data);
            if (a.Operation == "insert")
            {
                rows[a.EntityKey] = new Known(false, values);
                if (long.TryParse(a.EntityKey, out var n)) firstInserts.TryAdd(a.Entity, n);
            }
            else if (a.Operation == "delete") rows[a.EntityKey] = new Known(true, []);
            else if (rows.TryGetValue(a.EntityKey, out var k)) foreach (var (name, v) in values) k.Values[name] = v;
            else rows[a.EntityKey] = new Known(false, values);
        }
        return (tables, firstInserts);
    }

    private static async Task<List<object>> RowsAsync(PortalDbContext db, Type clr, CancellationToken ct)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(clr).Invoke(db, null)!;
        return await set.AsNoTracking().ToListAsync(ct);
    }
}
