using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using Portal.Data;
using Portal.Data.Notifications;
using Portal.Workflows.Schedule;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Notifications;

/// <summary>
/// Sends the e-mail outbox: each pending row is claimed (so that two runs at once never both send it), sent in the
/// recipient's language with a link to the dossier, and marked sent at once. A failed send releases its claim and stays
/// pending for the next run; a row too old to matter (switching SMTP on later sends no backlog), or whose reader turned
/// e-mail off or has no address, is skipped for good.
/// </summary>
public sealed class NotificationMailer(IDbContextFactory<PortalDbContext> dbFactory, SmtpSettings smtp, TimeProvider clock,
    ILogger<NotificationMailer> log) : IPortalJob
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(3);
    /// <summary>A claim older than this was left by a run that stopped half-way; the row is pending again.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(10);

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (!smtp.Enabled) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tooOld = now - MaxAge;
        await SkipAsync(db.MailOutbox.Where(m => m.SentAtUtc == null && m.SkippedAtUtc == null && m.CreatedAtUtc < tooOld), "old", now, ct);
        var stale = now - ClaimLifetime;
        var pending = await (from m in db.MailOutbox.AsNoTracking()
                             join u in db.Users on m.UserId equals u.Id
                             where m.SentAtUtc == null && m.SkippedAtUtc == null && (m.ClaimedAtUtc == null || m.ClaimedAtUtc < stale)
                             orderby m.Id
                             select new Pending(m.Id, m.Notification!.TextKey, m.Notification.TextArgs, m.Notification.Link,
                                 new Reader(u.Email, u.FullName, u.PreferredCulture, u.EmailNotifications && !u.IsDisabled)))
            .Take(500).ToListAsync(ct);
        var sent = 0;
        using var client = new SmtpClient();
        foreach (var p in pending)
        {
            if (!p.Reader.Wants || string.IsNullOrWhiteSpace(p.Reader.Email))
            {
                await SkipAsync(db.MailOutbox.Where(m => m.Id == p.Id), p.Reader.Wants ? "no-address" : "turned-off", now, ct);
                continue;
            }
            if (!await ClaimAsync(db, p.Id, now, ct)) continue; // another run has it
            try
            {
                if (!client.IsConnected)
                {
                    await client.ConnectAsync(smtp.Host!, smtp.Port, ParseSecurity(smtp.Security), ct);
                    if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
                }
                await client.SendAsync(Message(p), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "E-mail {Id} not sent; it stays pending", p.Id);
                await db.MailOutbox.Where(m => m.Id == p.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(m => m.ClaimedAtUtc, (DateTime?)null).SetProperty(m => m.FailedAttempts, m => m.FailedAttempts + 1), ct);
                break;
            }
            await db.MailOutbox.Where(m => m.Id == p.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAtUtc, now), ct);
            sent++;
        }
        if (client.IsConnected) await client.DisconnectAsync(true, ct);
        return sent;
    }

    private sealed record Reader(string? Email, string FullName, string Culture, bool Wants);
    private sealed record Pending(long Id, string TextKey, string TextArgs, string? Link, Reader Reader);

    /// <summary>Takes the row for this run: only one run's update finds it unclaimed (or its claim stale).</summary>
    private static async Task<bool> ClaimAsync(PortalDbContext db, long id, DateTime now, CancellationToken ct)
    {
        var stale = now - ClaimLifetime;
        return await db.MailOutbox.Where(m => m.Id == id && m.SentAtUtc == null && m.SkippedAtUtc == null
                && (m.ClaimedAtUtc == null || m.ClaimedAtUtc < stale))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimedAtUtc, now), ct) == 1;
    }

    private static Task<int> SkipAsync(IQueryable<MailOutboxItem> rows, string because, DateTime now, CancellationToken ct) =>
        rows.ExecuteUpdateAsync(u => u.SetProperty(m => m.SkippedAtUtc, now).SetProperty(m => m.SkippedBecause, because), ct);

    private MimeMessage Message(Pending p)
    {
        var culture = CultureInfo.GetCultureInfo(p.Reader.Culture is "en-US" ? "en-US" : "vi-VN");
        var (title, body) = NotificationText.Render(p.TextKey, p.TextArgs, culture);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(new MailboxAddress(p.Reader.FullName, p.Reader.Email!));
        message.Subject = title;
        var text = body;
        if (p.Link is not null) text += "\n\n" + WorkflowText.In(culture, "Mail.Link", smtp.BaseUrl.TrimEnd('/') + p.Link);
        text += "\n\n" + WorkflowText.In(culture, "Mail.Footer", smtp.BaseUrl.TrimEnd('/') + "/notifications");
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    private static SecureSocketOptions ParseSecurity(string value) =>
        Enum.TryParse<SecureSocketOptions>(value, ignoreCase: true, out var o) ? o : SecureSocketOptions.Auto;
}
