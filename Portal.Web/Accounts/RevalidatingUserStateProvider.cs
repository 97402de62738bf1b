using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Portal.Workflows.Access;
using Portal.Workflows.Accounts;

namespace Portal.Web.Accounts;

/// <summary>
/// Keeps an open page's sign-in honest. The session ends (its <see cref="Session"/>, which every scope the page got
/// carries, and the page's identity, which sends it to the sign-in form) at once when this process changes the
/// account or signs it out (<see cref="AccountSessions"/>), and otherwise at the next check, every
/// <see cref="Interval"/>, of the same rules as the cookie (<see cref="SessionCheck"/>) and of the idle limit
/// (<see cref="SessionActivity"/>): a page left unused for 30 minutes is signed out like its cookie.
/// </summary>
public sealed class RevalidatingUserStateProvider : RevalidatingServerAuthenticationStateProvider
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly SessionCheck _check;
    private readonly SessionActivity _activity;
    private readonly AccountSessions _sessions;
    private readonly ILogger _log;

    public RevalidatingUserStateProvider(ILoggerFactory loggerFactory, SessionCheck check, SessionActivity activity,
        AccountSessions sessions) : base(loggerFactory)
    {
        (_check, _activity, _sessions) = (check, activity, sessions);
        _log = loggerFactory.CreateLogger<RevalidatingUserStateProvider>();
        _sessions.Ended += OnAccountSessionsEnded;
    }

    public SignInSession Session { get; } = new();

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        if (!_activity.IsIdle(state.User) && await _check.IsCurrentAsync(state.User, ct)) return true;
        Session.End(); // the base class then turns the page's identity anonymous
        return false;
    }

    private async void OnAccountSessionsEnded(string userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.FindFirstValue(ClaimTypes.NameIdentifier) != userId) return;
            Session.End();
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
        catch (Exception e)
        {
            // No authentication state yet (the page is still starting), or the page is closing: its first or next
            // check refuses the old stamp anyway. An event handler must not throw into the administrator's request.
            _log.LogDebug(e, "Open page not told at once that its account's sessions ended");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _sessions.Ended -= OnAccountSessionsEnded;
        base.Dispose(disposing);
    }
}
