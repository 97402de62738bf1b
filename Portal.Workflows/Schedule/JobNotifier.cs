using Portal.Data.Notifications;
using Portal.Workflows.Notifications;

namespace Portal.Workflows.Schedule;

/// <summary>Sends one message to several users, each once per key; counts what was new.</summary>
public sealed class JobNotifier(NotificationService notifications)
{
    /// <param name="userIds">Who receives it; a user who already has <paramref name="dedupKey"/> is skipped.</param>
    /// <param name="kind">The kind of message.</param>
    /// <param name="dossier">The dossier it concerns, if any.</param>
    /// <param name="textKey">The text's resource key (".Title" and ".Body" follow); <paramref name="args"/> tagged as <see cref="NotificationText"/> says.</param>
    /// <param name="args">The text's arguments, stored so that each reader sees them in their own language.</param>
    /// <param name="link">Where the message leads, if anywhere.</param>
    /// <param name="dedupKey">Sends once per user and key, however often the job runs.</param>
    /// <param name="ct">Cancels the sending.</param>
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
