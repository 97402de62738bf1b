using Microsoft.EntityFrameworkCore;
using netDumbster.smtp;
using Portal.Data.Notifications;
using Portal.Data.Rounds;
using Portal.Workflows.Notifications;
using Portal.Workflows.Schedule;

namespace Portal.Tests.Schedule;

/// <summary>E-mail through a real SMTP conversation with an in-process server.</summary>
[Trait("Category", "Integration")]
public class NotificationMailerTests
{
    [Fact]
    public async Task Reminders_go_by_email_once_in_Vietnamese_with_the_dossier_link_and_not_to_users_who_turned_it_off()
    {
        using var smtp = SimpleSmtpServer.Start();
        await using var s = await ScheduleTestBed.CreateAsync(new SmtpSettings("127.0.0.1", smtp.Configuration.Port,
            From: "cong@portal.vn", Security: "None", BaseUrl: "https://portal.example.vn"));
        await s.Job<NotificationService>().SetEmailEnabledAsync(s.Bed.OtherCommuneOfficer, false);
        await s.SetDueAsync(RoundStage.SelfAssessment, s.Today.AddDays(7));

        await s.Job<DueDateRemindersJob>().RunAsync();
        Assert.Equal(1, await s.Job<NotificationMailer>().RunAsync());
        Assert.Equal(0, await s.Job<NotificationMailer>().RunAsync()); // a rerun sends nothing twice

        var mail = Assert.Single(smtp.ReceivedEmail);
        Assert.Equal("phuong1.canbo@example.vn", mail.ToAddresses.Single().Address);
        var message = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
        Assert.StartsWith("Sắp đến hạn Tự đánh giá", message.Subject);
        var text = message.TextBody;
        Assert.Contains("https://portal.example.vn/dossiers/" + (await s.Bed.DossierAsync("22015")).Id, text);
        Assert.Contains("Phường 1", text);

        await using var db = s.Bed.Db.Context();
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.Kind == NotificationKind.DueReminder));
        var sent = Assert.Single(await s.OutboxAsync()); // the one who turned e-mail off got none
        Assert.NotNull(sent.SentAtUtc);
    }

    [Fact]
    public async Task Without_a_server_nothing_is_sent_and_nothing_is_marked()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        await s.SetDueAsync(RoundStage.SelfAssessment, s.Today.AddDays(7));
        await s.Job<DueDateRemindersJob>().RunAsync();
        Assert.Equal(0, await s.Job<NotificationMailer>().RunAsync());
        Assert.All(await s.OutboxAsync(), m => Assert.Equal((null, null), (m.SentAtUtc, m.SkippedAtUtc)));
    }
}
