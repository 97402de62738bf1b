using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Workflows.Notifications;

namespace Portal.Web.Notifications;

/// <summary>
/// Carries notifications created by another portal instance to the open pages of this one. Every
/// <c>Portal:Notifications:WatchEvery</c> (default one second; zero turns it off) it reads the notifications added
/// since its last look — one read of the primary key's end per instance, whatever the number of open pages, that
/// finds nothing most of the time — and raises <see cref="NotificationSignal"/> for their users, whose bells and
/// notification pages then read their own count again. Rows this instance created were signalled already; signalling
/// them again costs their pages one count. Why polling and not PostgreSQL's LISTEN/NOTIFY: decision 0020.
/// </summary>
public sealed class NotificationWatcher(IDbContextFactory<PortalDbContext> dbFactory, NotificationSignal signal,
    NotificationWatchSettings settings, ILogger<NotificationWatcher> log) : BackgroundService
{
    /// <summary>More new rows than this in one interval are read in the next intervals: a burst cannot make one read large.</summary>
    private const int MaxRowsPerLook = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Every <= TimeSpan.Zero) return;
        long? seen = null;
        // Real time, not the portal's TimeProvider: the interval is how late a bell may be, whatever the business clock.
        using var timer = new PeriodicTimer(settings.Every);
        do
        {
            try
            {
                seen = await LookAsync(seen, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database locked or out of reach for a moment: the next look reads from the same place.
                log.LogWarning(e, "Notifications of other instances not read; trying again");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Signals the users of the rows after <paramref name="seen"/>; gives the last id read (at the first look, the newest).</summary>
    private async Task<long> LookAsync(long? seen, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (seen is not { } after) return await db.Notifications.MaxAsync(n => (long?)n.Id, ct) ?? 0;
        var added = await db.Notifications.AsNoTracking().Where(n => n.Id > after).OrderBy(n => n.Id).Take(MaxRowsPerLook)
            .Select(n => new { n.Id, n.UserId }).ToListAsync(ct);
        foreach (var user in added.Select(n => n.UserId).Distinct()) signal.Raise(user);
        return added.Count == 0 ? after : added[^1].Id;
    }
}

/// <summary>How often <see cref="NotificationWatcher"/> looks for other instances' notifications.</summary>
public sealed record NotificationWatchSettings(TimeSpan Every)
{
    public static readonly TimeSpan DefaultEvery = TimeSpan.FromSeconds(1);
}

public static class NotificationWatcherSetup
{
    /// <summary>The watcher, on in every instance (one instance alone spends one small read a second on it).</summary>
    public static IServiceCollection AddNotificationWatcher(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(new NotificationWatchSettings(config.GetValue("Portal:Notifications:WatchEvery", NotificationWatchSettings.DefaultEvery)));
        services.AddHostedService<NotificationWatcher>();
        return services;
    }
}
