using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Notifications;
using Portal.Workflows.Access;

namespace Portal.Workflows.Notifications;

/// <summary>
/// Creates notifications once per user and dedup key, and lets the signed-in user read and mark their own.
/// </summary>
public sealed class NotificationService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, NotificationSignal signal)
{
    /// <summary>Creates the notification (and its e-mail) unless the user already has one with its key; true when it was created.</summary>
    public async Task<bool> CreateAsync(NotificationDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if ((await NotificationWriter.AddAsync(db, [draft], clock.GetUtcNow().UtcDateTime, ct)).Count == 0) return false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another run created it between the check and the insert: the unique index kept it single.
            return false;
        }
        signal.Raise(draft.UserId);
        return true;
    }

    public async Task<int> UnreadCountAsync(UserScope scope, CancellationToken ct = default)
    {
        if (!scope.IsAuthenticated) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == scope.UserId && n.ReadAtUtc == null, ct);
    }

    public async Task<IReadOnlyList<NotificationRow>> ListAsync(UserScope scope, int take = 100, CancellationToken ct = default)
    {
        if (!scope.IsAuthenticated) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Notifications.AsNoTracking().Where(n => n.UserId == scope.UserId)
            .OrderByDescending(n => n.Id).Take(take).ToListAsync(ct);
        // Rendered now, in the reader's language: the same notification reads in Vietnamese or English.
        return [.. rows.Select(n =>
        {
            var (title, body) = NotificationText.Render(n.TextKey, n.TextArgs, CultureInfo.CurrentUICulture);
            return new NotificationRow(n.Id, n.Kind, n.DossierId, title, body, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null);
        })];
    }

    /// <summary>Marks one of the user's notifications read (another user's id changes nothing); null id marks all.</summary>
    public async Task<int> MarkReadAsync(UserScope scope, long? id, CancellationToken ct = default)
    {
        if (!scope.IsAuthenticated) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Notifications
            .Where(n => n.UserId == scope.UserId && n.ReadAtUtc == null && (id == null || n.Id == id)).ToListAsync(ct);
        foreach (var n in unread) n.ReadAtUtc = now;
        await db.SaveChangesAsync(ct);
        if (unread.Count > 0) signal.Raise(scope.UserId);
        return unread.Count;
    }

    /// <summary>Whether the user also gets notifications by e-mail.</summary>
    public async Task<bool> EmailEnabledAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == scope.UserId).Select(u => u.EmailNotifications).FirstOrDefaultAsync(ct);
    }

    /// <summary>Turns the user's own e-mail notifications on or off.</summary>
    public async Task SetEmailEnabledAsync(UserScope scope, bool enabled, CancellationToken ct = default)
    {
        if (!scope.IsAuthenticated) return;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == scope.UserId, ct);
        if (user is null) return;
        user.EmailNotifications = enabled;
        await db.SaveChangesAsync(ct);
    }

}
