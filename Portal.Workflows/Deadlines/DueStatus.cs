namespace Portal.Workflows.Deadlines;

/// <summary>
/// Where a dossier stands against its current due date, as the national one-stop systems say it:
/// trước hạn / đúng hạn / sắp đến hạn / quá hạn / tạm dừng.
/// </summary>
public enum DueStatus
{
    /// <summary>Done before the due date (trước hạn).</summary>
    Early,
    /// <summary>Done on the due date, or under way with time left (đúng hạn).</summary>
    OnTime,
    /// <summary>Under way and due within the warning window (sắp đến hạn).</summary>
    NearDeadline,
    /// <summary>Past the due date (quá hạn).</summary>
    Overdue,
    /// <summary>The clock is stopped: returned to the commune for supplement (tạm dừng).</summary>
    Paused,
    /// <summary>No due date applies (a final state, or the round set none).</summary>
    None,
}

public static class DueClock
{
    /// <summary>Working days before the due date from which a running stage is "near the deadline".</summary>
    public const int NearWorkingDays = 2;

    public static DueStatus Status(DateOnly? due, DateOnly today, DateOnly? doneOn, bool paused, WorkingCalendar calendar)
    {
        if (paused) return DueStatus.Paused;
        if (due is not { } d) return DueStatus.None;
        if (doneOn is { } done) return done < d ? DueStatus.Early : done == d ? DueStatus.OnTime : DueStatus.Overdue;
        if (today > d) return DueStatus.Overdue;
        return calendar.WorkingDaysBetween(today, d) <= NearWorkingDays ? DueStatus.NearDeadline : DueStatus.OnTime;
    }
}
