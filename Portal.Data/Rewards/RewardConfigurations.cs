using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Rewards;

internal sealed class RewardProposalConfiguration : IEntityTypeConfiguration<RewardProposal>
{
    public void Configure(EntityTypeBuilder<RewardProposal> b)
    {
        b.Property(p => p.Years).HasMaxLength(100);
        b.Property(p => p.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Form).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.UsualForm).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.DecisionNumber).HasMaxLength(64);
        b.Property(p => p.Signer).HasMaxLength(200);
        b.Property(p => p.DeclineReason).HasMaxLength(2000);
        b.Property(p => p.DecidedBy).HasMaxLength(256);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        // Recomputing the streaks any number of times, on any number of servers, proposes each reward once.
        b.HasIndex(p => new { p.UnitId, p.Level, p.LastYear }).IsUnique();
        b.HasIndex(p => p.Status);
    }
}
