using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Web.Accounts;

namespace Portal.Tests.Security;

/// <summary>The rules of <see cref="SessionCheck"/>: 12 hours at most since the password, a live account, the same stamp.</summary>
[Trait("Category", "Integration")]
public sealed class SessionLimitTests
{
    private static readonly DateTimeOffset SignedIn = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal Principal(string id, string? stamp, DateTimeOffset? signedIn)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id) };
        if (stamp is not null) claims.Add(new("AspNet.Identity.SecurityStamp", stamp));
        if (signedIn is { } at) claims.Add(SessionCheck.SignedInAt(at));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(11 * 60 + 59, true)]
    [InlineData(12 * 60, false)]
    [InlineData(30 * 60, false)]
    [InlineData(-60, false)] // a sign-in time an hour ahead is not believed
    public void A_session_holds_for_12_hours_after_the_password_however_busy(int minutesLater, bool holds) =>
        Assert.Equal(holds, SessionCheck.WithinAbsoluteLimit(Principal("u", "s", SignedIn), SignedIn.AddMinutes(minutesLater)));

    [Fact]
    public void A_cookie_without_its_sign_in_time_is_not_accepted() =>
        Assert.False(SessionCheck.WithinAbsoluteLimit(Principal("u", "s", null), SignedIn));

    [Fact]
    public async Task The_check_refuses_a_changed_stamp_a_disabled_account_an_unknown_account_and_an_old_session()
    {
        var clock = new TestClock(SignedIn.AddHours(1));
        await using var db = await TestDatabase.CreateAsync(withSampleUnits: false);
        await using (var context = db.Context())
        {
            context.Users.Add(new PortalUser { Id = "live", UserName = "live", SecurityStamp = "s1" });
            context.Users.Add(new PortalUser { Id = "off", UserName = "off", SecurityStamp = "s1", IsDisabled = true });
            await context.SaveChangesAsync();
        }
        var check = new SessionCheck(db.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), clock, Options.Create(new IdentityOptions()));

        Assert.True(await check.IsCurrentAsync(Principal("live", "s1", SignedIn)));
        Assert.False(await check.IsCurrentAsync(Principal("live", "s0", SignedIn)));
        Assert.False(await check.IsCurrentAsync(Principal("live", null, SignedIn)));
        Assert.False(await check.IsCurrentAsync(Principal("off", "s1", SignedIn)));
        Assert.False(await check.IsCurrentAsync(Principal("gone", "s1", SignedIn)));
        clock.Now = SignedIn.AddHours(12);
        Assert.False(await check.IsCurrentAsync(Principal("live", "s1", SignedIn)));
    }

    [Fact]
    public void An_open_page_is_idle_30_minutes_after_the_last_use_of_its_sign_in()
    {
        var clock = new TestClock(SignedIn);
        var activity = new SessionActivity(clock);
        var user = Principal("u", "s", SignedIn);
        Assert.True(activity.IsIdle(user)); // never seen
        activity.Touch(user);
        clock.Now = SignedIn.AddMinutes(29);
        Assert.False(activity.IsIdle(user));
        Assert.True(activity.IsIdle(Principal("u", "s", SignedIn.AddSeconds(1)))); // another sign-in of the same account
        clock.Now = SignedIn.AddMinutes(30);
        Assert.True(activity.IsIdle(user));
        activity.Touch(user);
        Assert.False(activity.IsIdle(user));
    }
}
