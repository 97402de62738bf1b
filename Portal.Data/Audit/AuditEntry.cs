using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Audit;

/// <summary>
/// One change of one row, written in the transaction of the change (see <see cref="PortalDbContext"/>). Rows form a
/// chain: each carries the SHA-256 of the previous one (<see cref="AuditHash"/>), so a row edited, removed, added or
/// moved afterwards breaks the chain where it happened (record 0016). Append-only, also in the database (triggers).
/// </summary>
public class AuditEntry
{
    /// <summary>The position in the chain, 1, 2, 3… with no gap: given by the writer, not by the database.</summary>
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>Who acted (user name), when the code that saved said so; empty for the portal itself.</summary>
    public required string Actor { get; set; }
    /// <summary>The table changed.</summary>
    public required string Entity { get; set; }
    /// <summary>The row's primary key (parts joined by "/").</summary>
    public required string EntityKey { get; set; }
    /// <summary>"insert", "update" or "delete".</summary>
    public required string Operation { get; set; }
    /// <summary>The canonical JSON of the values written (an update: the changed ones; a delete: the ones removed).</summary>
    public required string Data { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Actor).HasMaxLength(256);
        b.Property(a => a.Entity).HasMaxLength(128);
        b.Property(a => a.EntityKey).HasMaxLength(256);
        b.Property(a => a.Operation).HasMaxLength(8);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => new { a.Entity, a.EntityKey });
    }
}
