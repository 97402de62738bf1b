namespace Portal.Data.Notifications;

/// <summary>
/// The e-mail of one notification, written in the same transaction as the notification (by a step, or a job) and sent
/// later by the mail job, which claims the row before sending and marks it sent after: a rerun, or two runs at once,
/// never send it twice. A row stays pending after a failed send; one too old to matter, or whose reader turned e-mail
/// off, is skipped for good.
/// </summary>
public class MailOutboxItem
{
    public long Id { get; set; }
    public long NotificationId { get; set; }
    public Notification? Notification { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>Set by the run that is sending it; a claim older than a few minutes was left by a run that stopped.</summary>
    public DateTime? ClaimedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public DateTime? SkippedAtUtc { get; set; }
    /// <summary>Why it was skipped: "old", "no-address", "turned-off".</summary>
    public string? SkippedBecause { get; set; }
    public int FailedAttempts { get; set; }
}
