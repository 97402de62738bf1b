using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Tests.Audit;

/// <summary>What someone with the database file can do: drop the append-only triggers, then edit rows at will.</summary>
public static class AuditTamper
{
    public static async Task SqlAsync(PortalDbContext db, params string[] statements)
    {
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS AuditEntries_no_update; DROP TRIGGER IF EXISTS AuditEntries_no_delete;");
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>Moves the audit rows after <paramref name="after"/> by <paramref name="by"/> (through a far range: ids stay unique).</summary>
    public static string[] Shift(long after, int by) =>
        [$"UPDATE AuditEntries SET Id = Id + 1000000 WHERE Id > {after}", $"UPDATE AuditEntries SET Id = Id - 1000000 + ({by}) WHERE Id > 1000000"];
}
