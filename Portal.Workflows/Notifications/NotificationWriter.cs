using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Notifications;

namespace Portal.Workflows.Notifications;

/// <summary>
/// Adds notifications, and the e-mail of each for readers who want e-mail, to a context that is saved by the caller:
/// a step's own change (in its transaction) or the notification service. A notification whose user and key exist
/// already, saved or only added, is left out, so a handler or job that runs twice adds nothing the second time.
/// </summary>
public static class NotificationWriter
{
    /// <summary>Adds what is new; gives the users who get a new notification (to signal once it is saved).</summary>
    public static async Task<IReadOnlyList<string>> AddAsync(PortalDbContext db, IReadOnlyList<NotificationDraft> drafts, DateTime nowUtc,
        CancellationToken ct)
    {
        var keys = drafts.Select(d => d.DedupKey).Distinct().ToList();
        var users = drafts.Select(d => d.UserId).Distinct().ToList();
        var saved = await db.Notifications.Where(n => keys.Contains(n.DedupKey) && users.Contains(n.UserId))
            .Select(n => new { n.UserId, n.DedupKey }).ToListAsync(ct);
        var exists = saved.Select(n => (n.UserId, n.DedupKey))
            .Concat(db.Notifications.Local.Select(n => (n.UserId, n.DedupKey))).ToHashSet();
        var wantsMail = (await db.Users.Where(u => users.Contains(u.Id) && u.EmailNotifications)
            .Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        var added = new List<string>();
        foreach (var draft in drafts.Where(d => exists.Add((d.UserId, d.DedupKey))))
        {
            var notification = new Notification
            {
                UserId = draft.UserId, Kind = draft.Kind, DossierId = draft.DossierId, TextKey = draft.TextKey,
                TextArgs = NotificationText.Write(draft.Args), Link = draft.Link, DedupKey = draft.DedupKey, CreatedAtUtc = nowUtc,
            };
            db.Notifications.Add(notification);
            if (wantsMail.Contains(draft.UserId))
                db.MailOutbox.Add(new MailOutboxItem { Notification = notification, UserId = draft.UserId, CreatedAtUtc = nowUtc });
            added.Add(draft.UserId);
        }
        return added.Distinct().ToList();
    }
}
