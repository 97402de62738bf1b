using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Rounds;
using Portal.Data.Units;

namespace Portal.Data.Reports;

/// <summary>
/// A unit's report of a round marked as sent upward (Article 6): which level, by whom and when. The report itself is
/// generated from the data whenever asked; this row records the duty done, once per round, unit and level.
/// </summary>
public class ReportSubmission
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public Round? Round { get; set; }
    public int UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    public ReportLevel Level { get; set; }
    public DateTime SentAtUtc { get; set; }
    public required string SentBy { get; set; }
    public string? SentByUserId { get; set; }
    public string? Note { get; set; }
}

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> b)
    {
        b.Property(s => s.SentBy).HasMaxLength(256);
        b.Property(s => s.SentByUserId).HasMaxLength(450);
        b.Property(s => s.Note).HasMaxLength(1000);
        b.HasOne(s => s.Round).WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        // Marking twice (two tabs, two officers) keeps the first: the duty is done once.
        b.HasIndex(s => new { s.RoundId, s.UnitId, s.Level }).IsUnique();
    }
}
