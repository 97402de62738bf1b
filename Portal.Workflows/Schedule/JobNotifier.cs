using Portal.Data.Notifications;
using Portal.Workflows.Notifications;

namespace Portal.Workflows.Schedule;

/// <summary>Sends one message to several users, each once per key; counts what was new.</summary>
public sealed class JobNotifier(NotificationService notifications)
{
    /// <param name="textKey">The text's resource key (".Title" and ".Body" follow); <paramref name="args"/> tagged as <see cref="NotificationText"/> says.</param>
    public async Task<int> SendAsync(IEnumerable<string> userIds, NotificationKind kind, OpenDossierRef? dossier, string textKey,
        IReadOnlyList<string> args, string? link, string dedupKey, CancellationToken ct)
    {
        var created = 0;
        foreach (var userId in userIds)
            if (await notifications.CreateAsync(new NotificationDraft(userId, kind, dossier?.Id, textKey, args, link, dedupKey), ct))
                created++;
        return created;
    }
}

/// <summary>The dossier a message is about, if any.</summary>
public sealed record OpenDossierRef(int Id);
