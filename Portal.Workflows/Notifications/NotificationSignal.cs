namespace Portal.Workflows.Notifications;

/// <summary>
/// Tells open pages that a user's notifications changed, so the bell updates without a reload. One per process: raised
/// by this process's changes, and by the web host's watcher for notifications other instances created; pages also
/// refresh now and then, which covers the rest (a notification read on another instance).
/// </summary>
public sealed class NotificationSignal
{
    public event Action<string>? Changed;

    public void Raise(string userId) => Changed?.Invoke(userId);
}
