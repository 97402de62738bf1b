namespace Portal.Workflows.Notifications;

/// <summary>
/// Tells open pages that a user's notifications changed, so the bell updates without a reload. One per process;
/// pages also refresh now and then, which covers changes made by another process.
/// </summary>
public sealed class NotificationSignal
{
    public event Action<string>? Changed;

    public void Raise(string userId) => Changed?.Invoke(userId);
}
