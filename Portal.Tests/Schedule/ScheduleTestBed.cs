using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Data.Notifications;
using Portal.Data.Rounds;
using Portal.Tests.Dossiers;
using Portal.Workflows.Access;

namespace Portal.Tests.Schedule;

/// <summary>
/// The dossier test bed plus real accounts behind its scopes (jobs find recipients in the database) and a province
/// officer of Phú Yên; helpers to run a job and to read what each user received.
/// </summary>
public sealed class ScheduleTestBed : IAsyncDisposable
{
    public DossierTestBed Bed { get; private set; } = null!;
    public UserScope ProvinceOfficer { get; private set; } = UserScope.Anonymous;

    public static async Task<ScheduleTestBed> CreateAsync(Portal.Workflows.Notifications.SmtpSettings? smtp = null,
        Action<IServiceCollection>? configure = null, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var s = new ScheduleTestBed
        {
            Bed = await DossierTestBed.CreateAsync(services =>
            {
                if (smtp is not null) services.AddSingleton(smtp);
                configure?.Invoke(services);
            }, interceptors),
        };
        s.ProvinceOfficer = await s.Bed.ScopeAsync("phuyen.canbo", PortalRoles.ProvinceOfficer, "54");
        await using var db = s.Bed.Db.Context();
        foreach (var role in PortalRoles.All)
            db.Roles.Add(new IdentityRole(role) { Id = "role-" + role, NormalizedName = role.ToUpperInvariant() });
        foreach (var scope in new[] { s.Bed.CommuneOfficer, s.Bed.CommuneLeader, s.Bed.OtherCommuneOfficer, s.Bed.DistrictOfficer, s.Bed.DistrictLeader, s.ProvinceOfficer })
        {
            db.Users.Add(new PortalUser
            {
                Id = scope.UserId, UserName = scope.UserName, NormalizedUserName = scope.UserName.ToUpperInvariant(),
                Email = scope.UserName + "@example.vn", FullName = scope.UserName, UnitId = scope.UnitId,
            });
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = scope.UserId, RoleId = "role-" + scope.Roles.Single() });
        }
        await db.SaveChangesAsync();
        return s;
    }

    public T Job<T>() where T : notnull => Bed.Db.Services.GetRequiredService<T>();

    /// <summary>Every notification, oldest first.</summary>
    public async Task<List<Notification>> NotificationsAsync()
    {
        await using var db = Bed.Db.Context();
        return await db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
    }

    public async Task<List<Notification>> ForAsync(UserScope user, NotificationKind? kind = null) =>
        (await NotificationsAsync()).Where(n => n.UserId == user.UserId && (kind is null || n.Kind == kind)).ToList();

    /// <summary>A notification's title and body as a Vietnamese reader sees them.</summary>
    public static (string Title, string Body) Vi(Notification n) =>
        Portal.Workflows.Notifications.NotificationText.Render(n.TextKey, n.TextArgs, System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>Every e-mail of the outbox, oldest first.</summary>
    public async Task<List<MailOutboxItem>> OutboxAsync()
    {
        await using var db = Bed.Db.Context();
        return await db.MailOutbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Moves one stage's due date of the bed's round.</summary>
    public async Task SetDueAsync(RoundStage stage, DateOnly due)
    {
        await using var db = Bed.Db.Context();
        var deadline = await db.Set<RoundDeadline>().SingleAsync(d => d.RoundId == Bed.RoundId && d.Stage == stage);
        deadline.DueDate = due;
        await db.SaveChangesAsync();
    }

    /// <summary>The Vietnamese date of the test clock.</summary>
    public DateOnly Today => Portal.Workflows.Dossiers.PortalClock.Today(Bed.Clock);

    public async ValueTask DisposeAsync() => await Bed.DisposeAsync();
}
