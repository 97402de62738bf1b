using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Activities;

internal sealed class ProgrammeTargetConfiguration : IEntityTypeConfiguration<ProgrammeTarget>
{
    public void Configure(EntityTypeBuilder<ProgrammeTarget> b)
    {
        b.Property(t => t.Note).HasMaxLength(1000);
        b.Property(t => t.UpdatedBy).HasMaxLength(256);
        b.HasOne(t => t.Unit).WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.UnitId, t.Year }).IsUnique();
    }
}

internal sealed class CommunicationActivityConfiguration : IEntityTypeConfiguration<CommunicationActivity>
{
    public void Configure(EntityTypeBuilder<CommunicationActivity> b)
    {
        b.Property(a => a.Title).HasMaxLength(300);
        b.Property(a => a.AudienceNote).HasMaxLength(500);
        b.Property(a => a.EvidenceNote).HasMaxLength(1000);
        b.Property(a => a.EvidenceFileName).HasMaxLength(260);
        b.Property(a => a.EvidenceStoredName).HasMaxLength(100);
        b.Property(a => a.CreatedBy).HasMaxLength(256);
        b.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.UnitId, a.Date });
    }
}

internal sealed class SafeModelConfiguration : IEntityTypeConfiguration<SafeModel>
{
    public void Configure(EntityTypeBuilder<SafeModel> b)
    {
        b.Property(m => m.Name).HasMaxLength(300);
        b.Property(m => m.Note).HasMaxLength(1000);
        b.Property(m => m.CreatedBy).HasMaxLength(256);
        b.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.UnitId, m.Kind });
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.Property(i => i.Team).HasMaxLength(500);
        b.Property(i => i.Findings).HasMaxLength(4000);
        b.Property(i => i.FollowUp).HasMaxLength(2000);
        b.Property(i => i.CreatedBy).HasMaxLength(256);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.UnitId, i.Date });
    }
}
