using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Dossiers;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(32);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Property(d => d.StandardCode).HasMaxLength(32);
        b.Property(d => d.Category).HasMaxLength(16);
        foreach (var name in new[] { nameof(Dossier.CouncilMembers), nameof(Dossier.ReviewCouncilMembers) })
            b.Property(name).HasMaxLength(2000);
        foreach (var name in new[] { nameof(Dossier.CouncilResult), nameof(Dossier.PostingRemarks), nameof(Dossier.ReviewRecommendation) })
            b.Property(name).HasMaxLength(4000);
        b.Property(d => d.LeaderSignedOffBy).HasMaxLength(256);
        b.Property(d => d.DecisionNumber).HasMaxLength(64);
        b.Property(d => d.DecisionSigner).HasMaxLength(200);
        b.HasOne(d => d.Round).WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Criteria).WithOne().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.RoundId, d.UnitId }).IsUnique();
        b.HasIndex(d => d.State);
    }
}

internal sealed class CriterionEntryConfiguration : IEntityTypeConfiguration<CriterionEntry>
{
    public void Configure(EntityTypeBuilder<CriterionEntry> b)
    {
        b.Property(c => c.CriterionNo).HasMaxLength(8);
        b.Property(c => c.SelfInputJson).HasMaxLength(4000);
        b.Property(c => c.AppraisedInputJson).HasMaxLength(4000);
        b.Property(c => c.SourceNote).HasMaxLength(2000);
        b.Property(c => c.AppraisalReason).HasMaxLength(2000);
        b.Property(c => c.SelfBy).HasMaxLength(256);
        b.Property(c => c.AppraisedBy).HasMaxLength(256);
        b.HasIndex(c => new { c.DossierId, c.CriterionNo }).IsUnique();
    }
}

internal sealed class DossierFileConfiguration : IEntityTypeConfiguration<DossierFile>
{
    public void Configure(EntityTypeBuilder<DossierFile> b)
    {
        b.Property(f => f.CriterionNo).HasMaxLength(8);
        b.Property(f => f.OriginalName).HasMaxLength(255);
        b.Property(f => f.StoredName).HasMaxLength(64);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.UploadedBy).HasMaxLength(256);
        b.Property(f => f.SupersededBy).HasMaxLength(256);
    }
}

internal sealed class DossierEventConfiguration : IEntityTypeConfiguration<DossierEvent>
{
    public void Configure(EntityTypeBuilder<DossierEvent> b)
    {
        b.Property(e => e.FromState).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.ToState).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Trigger).HasMaxLength(40);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Role).HasMaxLength(40);
        b.Property(e => e.Comment).HasMaxLength(4000);
        b.HasOne<Dossier>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.DossierId, e.AtUtc });
    }
}

internal sealed class DossierCommentConfiguration : IEntityTypeConfiguration<DossierComment>
{
    public void Configure(EntityTypeBuilder<DossierComment> b)
    {
        b.Property(c => c.UserName).HasMaxLength(256);
        b.Property(c => c.Text).HasMaxLength(4000);
        b.HasOne<Dossier>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReturnItemConfiguration : IEntityTypeConfiguration<ReturnItem>
{
    public void Configure(EntityTypeBuilder<ReturnItem> b)
    {
        b.Property(r => r.Subject).HasMaxLength(64);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.Answer).HasMaxLength(4000);
        b.Property(r => r.RaisedBy).HasMaxLength(256);
        b.Property(r => r.AnsweredBy).HasMaxLength(256);
        b.HasOne<Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
