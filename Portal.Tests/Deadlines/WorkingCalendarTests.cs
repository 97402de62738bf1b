using Portal.Workflows.Deadlines;

namespace Portal.Tests.Deadlines;

[Trait("Category", "Unit")]
public sealed class WorkingCalendarTests
{
    // Friday 27/11/2026; Monday 30/11; Wednesday 2/12 is a (test) holiday.
    private static readonly DateOnly Friday = new(2026, 11, 27), Monday = new(2026, 11, 30), Holiday = new(2026, 12, 2);
    private readonly WorkingCalendar _calendar = new([Holiday]);

    [Fact]
    public void Weekends_and_listed_holidays_are_not_working_days()
    {
        Assert.True(_calendar.IsWorkingDay(Friday));
        Assert.False(_calendar.IsWorkingDay(Friday.AddDays(1)));
        Assert.False(_calendar.IsWorkingDay(Friday.AddDays(2)));
        Assert.False(_calendar.IsWorkingDay(Holiday));
        Assert.True(new WorkingCalendar([]).IsWorkingDay(Holiday));
    }

    [Theory]
    [InlineData(1, 2026, 11, 30)]  // Friday + 1 → Monday
    [InlineData(3, 2026, 12, 3)]   // Mon, Tue, (Wed holiday), Thu
    [InlineData(-1, 2026, 11, 26)]
    [InlineData(0, 2026, 11, 27)]
    public void Adding_working_days_skips_weekends_and_holidays(int days, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), _calendar.AddWorkingDays(Friday, days));

    [Fact]
    public void Counting_working_days_agrees_with_adding_them()
    {
        for (var n = -15; n <= 15; n++)
            Assert.Equal(n, _calendar.WorkingDaysBetween(Friday, _calendar.AddWorkingDays(Friday, n)));
    }

    [Theory]
    [InlineData(-3, DueStatus.OnTime)]      // due in 3 working days: still on time
    [InlineData(-2, DueStatus.NearDeadline)]
    [InlineData(0, DueStatus.NearDeadline)] // due today
    [InlineData(1, DueStatus.Overdue)]
    public void A_running_stage_is_on_time_then_near_then_overdue(int workingDaysAfterDue, DueStatus expected)
    {
        var due = new DateOnly(2026, 12, 10);
        var today = workingDaysAfterDue == 0 ? due : _calendar.AddWorkingDays(due, workingDaysAfterDue);
        Assert.Equal(expected, DueClock.Status(due, today, null, paused: false, _calendar));
    }

    [Fact]
    public void A_finished_stage_is_early_on_time_or_late_and_a_returned_one_is_paused()
    {
        var due = new DateOnly(2026, 12, 10);
        Assert.Equal(DueStatus.Early, DueClock.Status(due, due.AddDays(9), due.AddDays(-1), false, _calendar));
        Assert.Equal(DueStatus.OnTime, DueClock.Status(due, due.AddDays(9), due, false, _calendar));
        Assert.Equal(DueStatus.Overdue, DueClock.Status(due, due.AddDays(9), due.AddDays(1), false, _calendar));
        Assert.Equal(DueStatus.Paused, DueClock.Status(due, due.AddDays(9), null, paused: true, _calendar));
        Assert.Equal(DueStatus.None, DueClock.Status(null, due, null, false, _calendar));
    }
}
