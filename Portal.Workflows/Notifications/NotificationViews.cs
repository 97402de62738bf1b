using Portal.Data.Notifications;

namespace Portal.Workflows.Notifications;

/// <summary>A notification to create; <see cref="DedupKey"/> makes creating it twice a no-op.</summary>
public sealed record NotificationDraft(string UserId, NotificationKind Kind, int? DossierId, string Title, string Body, string? Link, string DedupKey);

public sealed record NotificationRow(long Id, NotificationKind Kind, int? DossierId, string Title, string Body, string? Link, DateTime CreatedAtUtc, bool IsRead);
