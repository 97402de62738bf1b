using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using Portal.Data;
using Portal.Workflows.Schedule;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Notifications;

/// <summary>
/// Sends by e-mail the notifications not yet e-mailed, in Vietnamese with a link to the dossier, to users who have an
/// address and have not turned e-mail off. Each one is marked when sent (or skipped), so a rerun sends nothing twice;
/// a failed send stays pending for the next run. Only recent notifications go out: turning SMTP on later sends no backlog.
/// </summary>
public sealed class NotificationMailer(IDbContextFactory<PortalDbContext> dbFactory, SmtpSettings smtp, TimeProvider clock,
    ILogger<NotificationMailer> log) : IPortalJob
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(3);

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (!smtp.Enabled) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - MaxAge;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await db.Notifications.Where(n => n.EmailedAtUtc == null && n.CreatedAtUtc >= since)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { n, u.Email, u.FullName, u.EmailNotifications, u.IsDisabled })
            .OrderBy(x => x.n.Id).Take(500).ToListAsync(ct);
        if (pending.Count == 0) return 0;
        var sent = 0;
        using var client = new SmtpClient();
        foreach (var p in pending)
        {
            if (!p.EmailNotifications || p.IsDisabled || string.IsNullOrWhiteSpace(p.Email))
            {
                p.n.EmailedAtUtc = now; // skipped for good
                continue;
            }
            try
            {
                if (!client.IsConnected)
                {
                    await client.ConnectAsync(smtp.Host!, smtp.Port, ParseSecurity(smtp.Security), ct);
                    if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
                }
                await client.SendAsync(Message(p.Email!, p.FullName, p.n.Title, p.n.Body, p.n.Link), ct);
                p.n.EmailedAtUtc = now;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "E-mail of notification {Id} not sent; it stays pending", p.n.Id);
                break;
            }
        }
        await db.SaveChangesAsync(ct);
        if (client.IsConnected) await client.DisconnectAsync(true, ct);
        return sent;
    }

    private MimeMessage Message(string to, string name, string title, string body, string? link)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(new MailboxAddress(name, to));
        message.Subject = title;
        var text = body;
        if (link is not null) text += "\n\n" + WorkflowText.Vi("Mail.Link", smtp.BaseUrl.TrimEnd('/') + link);
        text += "\n\n" + WorkflowText.Vi("Mail.Footer", smtp.BaseUrl.TrimEnd('/') + "/notifications");
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    private static SecureSocketOptions ParseSecurity(string value) =>
        Enum.TryParse<SecureSocketOptions>(value, ignoreCase: true, out var o) ? o : SecureSocketOptions.Auto;
}
