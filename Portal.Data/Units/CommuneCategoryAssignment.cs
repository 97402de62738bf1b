using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Standards;

namespace Portal.Data.Units;

/// <summary>
/// A commune's category (loại) under one standard set, which sets its threshold: set by the province for its communes,
/// read by the commune, copied to the dossier when it registers. The district may correct a dossier's copy, with a reason.
/// </summary>
public class CommuneCategoryAssignment
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    public required string StandardCode { get; set; }
    public required string Category { get; set; }
    public required string SetBy { get; set; }
    public DateTime SetAtUtc { get; set; }
}

internal sealed class CommuneCategoryAssignmentConfiguration : IEntityTypeConfiguration<CommuneCategoryAssignment>
{
    public void Configure(EntityTypeBuilder<CommuneCategoryAssignment> b)
    {
        b.Property(a => a.StandardCode).HasMaxLength(32);
        b.Property(a => a.Category).HasMaxLength(16);
        b.Property(a => a.SetBy).HasMaxLength(256);
        b.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StandardSetRecord>().WithMany().HasForeignKey(a => a.StandardCode).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.UnitId, a.StandardCode }).IsUnique();
    }
}
