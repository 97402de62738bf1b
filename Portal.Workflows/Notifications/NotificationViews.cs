using Portal.Data.Notifications;

namespace Portal.Workflows.Notifications;

/// <summary>
/// A notification to create: its text as a resource key and tagged arguments (<see cref="NotificationText"/>);
/// <see cref="DedupKey"/> makes creating it twice a no-op.
/// </summary>
public sealed record NotificationDraft(string UserId, NotificationKind Kind, int? DossierId, string TextKey, IReadOnlyList<string> Args,
    string? Link, string DedupKey);

/// <summary>A notification as its reader sees it: title and body already in the reader's language.</summary>
public sealed record NotificationRow(long Id, NotificationKind Kind, int? DossierId, string Title, string Body, string? Link, DateTime CreatedAtUtc, bool IsRead);
