using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Audit;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Audit;

/// <summary>Where the chain first breaks: the row, and what is wrong with it.</summary>
public sealed record AuditBreak(long Id, string Problem);

/// <summary>The chain as read: how many rows, the last row's id and hash (to write down elsewhere), the first break.</summary>
public sealed record AuditChainState(long Rows, long HeadId, string HeadHash, AuditBreak? Break);

/// <summary>
/// Walks the audit in order: ids follow each other from 1, each row names the previous row's hash, and each row's
/// hash is that of its own content. An edited row fails its hash; a removed, inserted or moved row fails its link or
/// its number. Streams the rows: memory does not grow with the audit.
/// </summary>
public static class AuditChainWalk
{
    public static async Task<AuditChainState> WalkAsync(PortalDbContext db, CancellationToken ct)
    {
        var (expected, previous, rows) = (1L, AuditHash.Genesis, 0L);
        await foreach (var row in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            rows++;
            var problem = row.Id != expected ? WorkflowText.Get("Audit.Missing", expected, row.Id)
                : row.PreviousHash != previous ? WorkflowText.Get("Audit.BadLink", row.Id, expected - 1)
                : AuditHash.Of(row) != row.Hash ? WorkflowText.Get("Audit.BadHash", row.Id)
                : null;
            if (problem is not null) return new(rows, expected - 1, previous, new AuditBreak(row.Id, problem));
            (expected, previous) = (expected + 1, row.Hash);
        }
        return new(rows, expected - 1, previous, null);
    }
}
