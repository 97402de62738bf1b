using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Standards;

namespace Portal.Data.Rounds;

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> b)
    {
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.StandardCode).HasMaxLength(32);
        b.Property(r => r.ReminderDays).HasMaxLength(50);
        b.Property(r => r.CreatedBy).HasMaxLength(256);
        b.Property(r => r.ClosedBy).HasMaxLength(256);
        b.Property(r => r.ChainBasis).HasMaxLength(500);
        b.Property(r => r.ChainConfirmedBy).HasMaxLength(256);
        b.Property(r => r.SubmissionNumber).HasMaxLength(64);
        b.Property(r => r.DecisionBases).HasMaxLength(2000);
        b.Property(r => r.MinistryName).HasMaxLength(200);
        b.HasOne<StandardSetRecord>().WithMany().HasForeignKey(r => r.StandardCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.ScopeUnit).WithMany().HasForeignKey(r => r.ScopeUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Deadlines).WithOne().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Holidays).WithOne().HasForeignKey(h => h.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.ReportDeadlines).WithOne().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ScopeUnitId, r.Year });
    }
}

internal sealed class RoundDeadlineConfiguration : IEntityTypeConfiguration<RoundDeadline>
{
    public void Configure(EntityTypeBuilder<RoundDeadline> b) => b.HasIndex(d => new { d.RoundId, d.Stage }).IsUnique();
}

internal sealed class RoundReportDeadlineConfiguration : IEntityTypeConfiguration<RoundReportDeadline>
{
    public void Configure(EntityTypeBuilder<RoundReportDeadline> b) => b.HasIndex(d => new { d.RoundId, d.Level }).IsUnique();
}

internal sealed class RoundHolidayConfiguration : IEntityTypeConfiguration<RoundHoliday>
{
    public void Configure(EntityTypeBuilder<RoundHoliday> b)
    {
        b.Property(h => h.Name).HasMaxLength(100);
        b.HasIndex(h => new { h.RoundId, h.Date }).IsUnique();
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.Property(r => r.Category).HasMaxLength(16);
        b.Property(r => r.RegisteredBy).HasMaxLength(256);
        b.HasOne(r => r.Round).WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.RoundId, r.UnitId }).IsUnique();
    }
}
