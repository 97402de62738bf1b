using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Dossiers;
using Portal.Data.Units;

namespace Portal.Data.Summaries;

/// <summary>
/// Indexes follow the dashboard's filters: a focus unit's column first (province, district, commune), then the year,
/// then what is grouped (state), so that every panel's query is an index search (tested on SQLite's query plans).
/// </summary>
internal sealed class DossierSummaryConfiguration : IEntityTypeConfiguration<DossierSummary>
{
    public void Configure(EntityTypeBuilder<DossierSummary> b)
    {
        b.HasKey(s => s.DossierId);
        b.Property(s => s.DossierId).ValueGeneratedNever();
        b.Property(s => s.State).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.StandardCode).HasMaxLength(32);
        // 15 criteria at most (StandardSetFormat.MaxCriterionNo); the default serves the opening's set-based insert.
        b.Property(s => s.CriterionPoints).HasMaxLength(400).HasDefaultValue("");
        b.HasOne<Dossier>().WithOne().HasForeignKey<DossierSummary>(s => s.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.ProvinceId, s.Year, s.State });
        b.HasIndex(s => new { s.DistrictId, s.Year, s.State });
        b.HasIndex(s => new { s.CommuneId, s.Year, s.State });
        b.HasIndex(s => new { s.RoundId, s.State });
        b.HasIndex(s => new { s.Year, s.State });
    }
}

internal sealed class CommuneSummaryConfiguration : IEntityTypeConfiguration<CommuneSummary>
{
    public void Configure(EntityTypeBuilder<CommuneSummary> b)
    {
        b.HasKey(s => s.CommuneId);
        b.Property(s => s.CommuneId).ValueGeneratedNever();
        b.Property(s => s.CurrentYears).HasMaxLength(200);
        b.Property(s => s.LongestYears).HasMaxLength(200);
        b.HasOne<AdminUnit>().WithOne().HasForeignKey<CommuneSummary>(s => s.CommuneId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.ProvinceId, s.CurrentLength });
        b.HasIndex(s => new { s.DistrictId, s.CurrentLength });
    }
}
