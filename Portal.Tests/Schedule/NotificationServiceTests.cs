using Portal.Data.Notifications;
using Portal.Workflows.Notifications;

namespace Portal.Tests.Schedule;

[Trait("Category", "Integration")]
public class NotificationServiceTests
{
    private static NotificationDraft Draft(string userId, string key, string title = "Tiêu đề") =>
        new(userId, NotificationKind.DueReminder, null, NotificationText.StoredKey, [NotificationText.Plain(title), NotificationText.Plain("Nội dung")], "/queue", key);

    [Fact]
    public async Task A_dedup_key_creates_one_notification_per_user()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        var service = s.Job<NotificationService>();
        var officer = s.Bed.CommuneOfficer;

        Assert.True(await service.CreateAsync(Draft(officer.UserId, "k1")));
        Assert.False(await service.CreateAsync(Draft(officer.UserId, "k1", "Khác")));
        Assert.True(await service.CreateAsync(Draft(s.Bed.CommuneLeader.UserId, "k1")));

        Assert.Equal("Tiêu đề", Assert.Single(await service.ListAsync(officer)).Title);
        Assert.Equal(1, await service.UnreadCountAsync(officer));
    }

    [Fact]
    public async Task Users_see_and_mark_only_their_own_notifications()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        var service = s.Job<NotificationService>();
        var (officer, leader) = (s.Bed.CommuneOfficer, s.Bed.CommuneLeader);
        await service.CreateAsync(Draft(officer.UserId, "a"));
        await service.CreateAsync(Draft(officer.UserId, "b"));
        await service.CreateAsync(Draft(leader.UserId, "a"));
        var leaderRow = Assert.Single(await service.ListAsync(leader));

        Assert.Equal(0, await service.MarkReadAsync(officer, leaderRow.Id)); // another user's id changes nothing
        Assert.Equal(1, await service.UnreadCountAsync(leader));
        var officerRows = await service.ListAsync(officer);
        Assert.Equal(2, officerRows.Count);
        Assert.Equal(1, await service.MarkReadAsync(officer, officerRows[0].Id));
        Assert.Equal(1, await service.UnreadCountAsync(officer));
        Assert.Equal(1, await service.MarkReadAsync(officer, null));
        Assert.Equal(0, await service.UnreadCountAsync(officer));
        Assert.All(await service.ListAsync(officer), r => Assert.True(r.IsRead));
    }

    [Fact]
    public async Task Creating_raises_the_signal_for_the_user()
    {
        await using var s = await ScheduleTestBed.CreateAsync();
        var signalled = new List<string>();
        s.Job<NotificationSignal>().Changed += signalled.Add;
        await s.Job<NotificationService>().CreateAsync(Draft(s.Bed.CommuneOfficer.UserId, "x"));
        await s.Job<NotificationService>().CreateAsync(Draft(s.Bed.CommuneOfficer.UserId, "x"));
        Assert.Equal([s.Bed.CommuneOfficer.UserId], signalled);
    }
}
