namespace Portal.Data.Notifications;

/// <summary>
/// A message to one user (in-app, and by e-mail through <see cref="MailOutboxItem"/>). <see cref="DedupKey"/> is unique
/// per user: a job or a step handler that runs twice, or again after a restart, finds the row and creates nothing.
/// The text is stored as a resource key and its arguments, never as a sentence, so each reader sees it in their language.
/// </summary>
public class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public int? DossierId { get; set; }
    /// <summary>The text's resource key without ".Title"/".Body", e.g. "Notify.Reminder" or "Notify.Step.Submit".</summary>
    public required string TextKey { get; set; }
    /// <summary>The text's arguments as a JSON array of strings; "step:Submit", "state:Posted", "text:Stage.Submission" are translated.</summary>
    public required string TextArgs { get; set; }
    /// <summary>A portal-relative link ("/dossiers/12"), or null.</summary>
    public string? Link { get; set; }
    /// <summary>What the message is about, e.g. "remind:12:Submission:2026-11-20:7"; one row per user and key.</summary>
    public required string DedupKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
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
    /// <summary>A step of the workflow was taken and the reader acts next (or learns the outcome).</summary>
    StepTaken,
    /// <summary>A change after the leader's sign-off voided it: the leader signs again.</summary>
    SignOffVoided,
}
