using Portal.Data.Notifications;
using Portal.Data.Rounds;
using Portal.Workflows.Schedule;

namespace Portal.Tests.Schedule;

/// <summary>Report due dates of a round (Article 6) are reminded to the officers of the reporting level, once per point.</summary>
[Trait("Category", "Integration")]
public sealed class ReportDueRemindersTests : IAsyncLifetime
{
    private ScheduleTestBed _s = null!;
    public async Task InitializeAsync() => _s = await ScheduleTestBed.CreateAsync();
    public async Task DisposeAsync() => await _s.DisposeAsync();

    private async Task AddReportDueAsync(ReportLevel level, DateOnly due)
    {
        await using var db = _s.Bed.Db.Context();
        db.Add(new RoundReportDeadline { RoundId = _s.Bed.RoundId, Level = level, DueDate = due });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Each_level_is_reminded_seven_and_two_days_before_and_never_twice()
    {
        await AddReportDueAsync(ReportLevel.Commune, _s.Today.AddDays(7));
        await AddReportDueAsync(ReportLevel.District, _s.Today.AddDays(2));
        await AddReportDueAsync(ReportLevel.Province, _s.Today.AddDays(20));
        var job = _s.Job<ReportDueRemindersJob>();

        Assert.Equal(3, await job.RunAsync()); // two commune officers, one district officer
        Assert.Equal(0, await job.RunAsync()); // the same day again: nothing new
        Assert.Single(await _s.ForAsync(_s.Bed.CommuneOfficer, NotificationKind.ReportDue));
        Assert.Single(await _s.ForAsync(_s.Bed.OtherCommuneOfficer, NotificationKind.ReportDue));
        Assert.Single(await _s.ForAsync(_s.Bed.DistrictOfficer, NotificationKind.ReportDue));
        Assert.Empty(await _s.ForAsync(_s.ProvinceOfficer, NotificationKind.ReportDue));
        Assert.Empty(await _s.ForAsync(_s.Bed.CommuneLeader, NotificationKind.ReportDue));

        _s.Bed.Clock.AdvanceDays(5); // commune report due in 2 days; district report already past
        Assert.Equal(2, await job.RunAsync());
        Assert.Equal(2, (await _s.ForAsync(_s.Bed.CommuneOfficer, NotificationKind.ReportDue)).Count);
        Assert.Single(await _s.ForAsync(_s.Bed.DistrictOfficer, NotificationKind.ReportDue));

        _s.Bed.Clock.AdvanceDays(8); // province report due in 7 days
        Assert.Equal(1, await job.RunAsync());
        Assert.Contains("tỉnh gửi Bộ", ScheduleTestBed.Vi((await _s.ForAsync(_s.ProvinceOfficer, NotificationKind.ReportDue)).Single()).Title);
    }
}
