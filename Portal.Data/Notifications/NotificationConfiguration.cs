using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.UserId).HasMaxLength(450);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(n => n.TextKey).HasMaxLength(100);
        b.Property(n => n.TextArgs).HasMaxLength(4000);
        b.Property(n => n.Link).HasMaxLength(300);
        b.Property(n => n.DedupKey).HasMaxLength(200);
        // The idempotency of every scheduled job and step handler rests on this index.
        b.HasIndex(n => new { n.UserId, n.DedupKey }).IsUnique();
        b.HasIndex(n => new { n.UserId, n.ReadAtUtc });
        b.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MailOutboxConfiguration : IEntityTypeConfiguration<MailOutboxItem>
{
    public void Configure(EntityTypeBuilder<MailOutboxItem> b)
    {
        b.ToTable("MailOutbox");
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.SkippedBecause).HasMaxLength(32);
        // One e-mail per notification, whoever writes it and however often.
        b.HasIndex(m => m.NotificationId).IsUnique();
        b.HasIndex(m => new { m.SentAtUtc, m.SkippedAtUtc });
        b.HasOne(m => m.Notification).WithMany().HasForeignKey(m => m.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
