using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Standards;

/// <summary>
/// A stored standard set (bộ tiêu chí). <see cref="Json"/> is the set file itself, in the format of
/// docs/domain/standard-set-format.md; the other columns repeat what lists show without parsing it.
/// Once a round has opened dossiers under it, the set is locked: it can only be copied to a new code.
/// </summary>
public class StandardSetRecord
{
    public required string Code { get; set; }
    public string? TitleVi { get; set; }
    public string? TitleEn { get; set; }
    public string? Basis { get; set; }
    public bool Illustrative { get; set; }
    public bool Complete { get; set; }
    public required string Json { get; set; }
    public string? CopiedFrom { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }
    /// <summary>Set when the first dossier is opened under this set; never cleared.</summary>
    public DateTime? LockedAtUtc { get; set; }
    /// <summary>Concurrency token: two administrators saving the same set cannot overwrite each other.</summary>
    public int Version { get; set; }
}

internal sealed class StandardSetRecordConfiguration : IEntityTypeConfiguration<StandardSetRecord>
{
    public void Configure(EntityTypeBuilder<StandardSetRecord> b)
    {
        b.ToTable("StandardSets");
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(32);
        b.Property(s => s.TitleVi).HasMaxLength(300);
        b.Property(s => s.TitleEn).HasMaxLength(300);
        b.Property(s => s.Basis).HasMaxLength(500);
        b.Property(s => s.CopiedFrom).HasMaxLength(32);
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}
