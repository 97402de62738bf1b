using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Units;

internal sealed class AdminStructureConfiguration : IEntityTypeConfiguration<AdminStructure>
{
    public void Configure(EntityTypeBuilder<AdminStructure> b)
    {
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(16);
        b.Property(s => s.Name).HasMaxLength(200);
    }
}

internal sealed class AdminUnitConfiguration : IEntityTypeConfiguration<AdminUnit>
{
    public void Configure(EntityTypeBuilder<AdminUnit> b)
    {
        b.Property(u => u.StructureCode).HasMaxLength(16);
        b.Property(u => u.Code).HasMaxLength(16);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.Type).HasMaxLength(32);
        b.Property(u => u.Path).HasMaxLength(64);
        b.Property(u => u.SearchKey).HasMaxLength(220);
        b.Property(u => u.AppraisingOffice).HasMaxLength(200);
        b.HasIndex(u => new { u.StructureCode, u.Code }).IsUnique();
        b.HasIndex(u => u.Path).IsUnique();
        b.HasIndex(u => new { u.StructureCode, u.Level });
        b.HasOne<AdminStructure>().WithMany().HasForeignKey(u => u.StructureCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
