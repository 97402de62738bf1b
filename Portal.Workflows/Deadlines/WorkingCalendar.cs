namespace Portal.Workflows.Deadlines;

/// <summary>
/// Working days of a round: Monday to Friday, less the holidays the round lists (Tết, 30/4, 1/5, 2/9…).
/// The holidays are data of the round, never built in, because they move every year.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The working day <paramref name="days"/> working days after <paramref name="start"/> (before it when negative).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var day = start;
        for (var left = Math.Abs(days); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }
}
