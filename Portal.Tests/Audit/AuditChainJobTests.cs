using Microsoft.AspNetCore.Identity;
using Portal.Data.Accounts;
using Portal.Data.Notifications;
using Portal.Tests.Schedule;
using Portal.Workflows.Schedule;

namespace Portal.Tests.Audit;

/// <summary>The daily check of the audit: silent while the chain holds; the first break told to administrators once.</summary>
[Trait("Category", "Integration")]
public sealed class AuditChainJobTests : IAsyncLifetime
{
    private ScheduleTestBed _s = null!;

    public async Task InitializeAsync()
    {
        _s = await ScheduleTestBed.CreateAsync();
        await using var db = _s.Bed.Db.Context();
        db.Users.Add(new PortalUser { Id = "id-quantri", UserName = "quantri", NormalizedUserName = "QUANTRI", FullName = "Quản trị" });
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = "id-quantri", RoleId = "role-" + PortalRoles.Administrator });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private async Task<List<Notification>> AlertsAsync() =>
        (await _s.NotificationsAsync()).Where(n => n.Kind == NotificationKind.AuditBroken).ToList();

    [Fact]
    public async Task An_intact_chain_tells_nobody()
    {
        Assert.Equal(0, await _s.Job<AuditChainJob>().RunAsync());
        Assert.Empty(await AlertsAsync());
    }

    [Fact]
    public async Task The_first_break_is_told_to_the_administrators_once()
    {
        await using (var db = _s.Bed.Db.Context())
            await AuditTamper.SqlAsync(db, "UPDATE AuditEntries SET Actor = 'x' WHERE Id = 3");
        Assert.Equal(1, await _s.Job<AuditChainJob>().RunAsync());
        Assert.Equal(0, await _s.Job<AuditChainJob>().RunAsync());
        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal("id-quantri", alert.UserId);
        Assert.Contains("dòng nhật ký 3", ScheduleTestBed.Vi(alert).Body, StringComparison.OrdinalIgnoreCase);
    }
}
