using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Units;

/// <summary>
/// One (old commune → new commune) pair of the 1 July 2025 merger (Seed/units/commune-merger-2025.csv): the old unit of
/// the 2024 structure went wholly, or in part, into the new unit of the 2025 structure. The file has known errors, so
/// an administrator corrects rows with a reason (<see cref="UnitLineageChange"/>); a removed row is kept, marked
/// <see cref="Removed"/>, so that the start-up import never brings it back.
/// </summary>
public class UnitLineage
{
    public int Id { get; set; }
    public int PredecessorId { get; set; }
    public AdminUnit? Predecessor { get; set; }
    public int SuccessorId { get; set; }
    public AdminUnit? Successor { get; set; }
    /// <summary>True when only part of the old commune went into the new one ("part" in the file).</summary>
    public bool IsPart { get; set; }
    public bool Removed { get; set; }
    /// <summary>"file" for a row of the shipped file, "admin" for a row an administrator added.</summary>
    public required string Origin { get; set; }
}

/// <summary>A correction of a lineage row: who, when, what it was and became, and why. Append-only.</summary>
public class UnitLineageChange
{
    public long Id { get; set; }
    public int LineageId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserName { get; set; }
    public required string Before { get; set; }
    public required string After { get; set; }
    public required string Reason { get; set; }
}

internal sealed class UnitLineageConfiguration : IEntityTypeConfiguration<UnitLineage>
{
    public void Configure(EntityTypeBuilder<UnitLineage> b)
    {
        b.ToTable("UnitLineages");
        b.Property(l => l.Origin).HasMaxLength(16);
        b.HasOne(l => l.Predecessor).WithMany().HasForeignKey(l => l.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.Successor).WithMany().HasForeignKey(l => l.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => new { l.PredecessorId, l.SuccessorId }).IsUnique();
        b.HasIndex(l => l.SuccessorId);
    }
}

internal sealed class UnitLineageChangeConfiguration : IEntityTypeConfiguration<UnitLineageChange>
{
    public void Configure(EntityTypeBuilder<UnitLineageChange> b)
    {
        b.Property(c => c.UserName).HasMaxLength(256);
        b.Property(c => c.Before).HasMaxLength(200);
        b.Property(c => c.After).HasMaxLength(200);
        b.Property(c => c.Reason).HasMaxLength(1000);
        b.HasOne<UnitLineage>().WithMany().HasForeignKey(c => c.LineageId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.LineageId);
    }
}
