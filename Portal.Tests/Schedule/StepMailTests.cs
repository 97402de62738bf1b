using Microsoft.EntityFrameworkCore;
using netDumbster.smtp;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Notifications;

namespace Portal.Tests.Schedule;

/// <summary>The e-mail of a step goes from the outbox once, in the recipient's language, however often the job runs.</summary>
[Trait("Category", "Integration")]
public sealed class StepMailTests
{
    [Fact]
    public async Task A_steps_email_goes_once_in_the_readers_language_even_with_two_runs_at_once()
    {
        using var smtp = SimpleSmtpServer.Start();
        await using var s = await ScheduleTestBed.CreateAsync(new SmtpSettings("127.0.0.1", smtp.Configuration.Port,
            From: "cong@portal.vn", Security: "None", BaseUrl: "https://portal.example.vn"));
        await using (var db = s.Bed.Db.Context())
            await db.Users.Where(u => u.Id == s.Bed.CommuneLeader.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredCulture, "en-US"));
        var id = (await s.Bed.DossierAsync("22015")).Id;
        await s.Bed.PostAsync(id);

        var runs = await Task.WhenAll(s.Job<NotificationMailer>().RunAsync(), s.Job<NotificationMailer>().RunAsync());
        var rerun = await s.Job<NotificationMailer>().RunAsync();

        Assert.Equal((1, 0), (runs.Sum(), rerun));
        var mail = Assert.Single(smtp.ReceivedEmail);
        Assert.Equal("phuong1.lanhdao@example.vn", mail.ToAddresses.Single().Address);
        var message = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
        Assert.Equal("Waiting for your sign-off: Phường 1", message.Subject);
        Assert.Contains($"https://portal.example.vn/dossiers/{id}", message.TextBody);
        Assert.NotNull(Assert.Single(await s.OutboxAsync()).SentAtUtc);
    }
}
