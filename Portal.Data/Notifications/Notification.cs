namespace Portal.Data.Notifications;

/// <summary>
/// A message to one user (in-app, and by e-mail when configured). <see cref="DedupKey"/> is unique per user:
/// a scheduled job that runs twice, or again after a restart, finds the row and creates nothing.
/// </summary>
public class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public int? DossierId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    /// <summary>A portal-relative link ("/dossiers/12"), or null.</summary>
    public string? Link { get; set; }
    /// <summary>What the message is about, e.g. "remind:12:Submission:2026-11-20:7"; one row per user and key.</summary>
    public required string DedupKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
    /// <summary>Set once the e-mail went out (or was skipped for good), so a rerun never sends it twice.</summary>
    public DateTime? EmailedAtUtc { get; set; }
}

/// <summary>Stored as text; append new kinds freely.</summary>
public enum NotificationKind
{
    RoundOpened,
    DueReminder,
    Escalation,
    PostingEnded,
    RewardProposed,
    ReportDue,
    AuditBroken,
}
