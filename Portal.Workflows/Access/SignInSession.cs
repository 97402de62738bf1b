namespace Portal.Workflows.Access;

/// <summary>
/// One sign-in as an open page holds it. Pages keep the <see cref="UserScope"/> they were given for as long as they
/// are open, so ending the session has to reach that very object: once ended, every scope carrying it counts as
/// anonymous, and every service refuses its reads and writes (disabled account, changed role or unit, new password,
/// sign-out, or a failed revalidation of the circuit).
/// </summary>
public sealed class SignInSession
{
    private volatile bool _ended;

    public bool HasEnded => _ended;

    public void End() => _ended = true;
}
