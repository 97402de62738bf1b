using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Access;
using Portal.Workflows.Notifications;

namespace Portal.Tests.Schedule;

/// <summary>
/// Notifications stored as Vietnamese sentences before texts became keys keep reading as they were written, and those
/// not yet e-mailed become pending e-mails of the outbox.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StoredNotificationMigrationTests
{
    [Fact]
    public async Task Sentences_stored_before_keys_read_as_written_and_pending_mail_stays_pending()
    {
        var file = Path.Combine(Path.GetTempPath(), "portal-tests", $"migrate-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var services = new ServiceCollection().AddDbContextFactory<PortalDbContext>(o => o.UseSqlite($"Data Source={file};Pooling=False"))
            .AddSingleton<NotificationSignal>().AddSingleton(TimeProvider.System).AddSingleton<NotificationService>().BuildServiceProvider();
        await using (var db = services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("ProgrammeActivitiesAndReports");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO AspNetUsers (Id, UserName, FullName, PreferredCulture, IsDisabled, EmailNotifications, EmailConfirmed,
                    PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) VALUES ('u1', 'phuong1.canbo', 'x', 'vi-VN', 0, 1, 0, 0, 0, 0, 0);
                INSERT INTO Notifications (UserId, Kind, Title, Body, DedupKey, CreatedAtUtc) VALUES
                    ('u1', 'DueReminder', 'Sắp đến hạn Tự đánh giá: Phường 1', 'Còn 7 ngày.', 'a', '2026-11-01 00:00:00'),
                    ('u1', 'Escalation', 'Quá hạn Nộp hồ sơ: Phường 1', 'Đề nghị đôn đốc.', 'b', '2026-11-02 00:00:00');
                UPDATE Notifications SET EmailedAtUtc = '2026-11-01 00:05:00' WHERE DedupKey = 'a';
                """);
            await migrator.MigrateAsync();
        }

        var rows = await services.GetRequiredService<NotificationService>().ListAsync(
            new UserScope("u1", "phuong1.canbo", new HashSet<string>(), null, null));

        Assert.Equal([("Quá hạn Nộp hồ sơ: Phường 1", "Đề nghị đôn đốc."), ("Sắp đến hạn Tự đánh giá: Phường 1", "Còn 7 ngày.")],
            rows.Select(r => (r.Title, r.Body)));
        await using var after = services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        var pending = Assert.Single(await after.MailOutbox.Include(m => m.Notification).ToListAsync());
        Assert.Equal(("b", null), (pending.Notification!.DedupKey, pending.SentAtUtc));
    }
}
