using Portal.Workflows.Dossiers;

namespace Portal.DevTools.Demo;

/// <summary>
/// The demo's own clock: the product's services read the time from their <see cref="TimeProvider"/>, so a demo built on
/// this clock can take each step on a day of a past year, and the step's history row, data and handlers carry that day.
/// </summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void MoveTo(DateTimeOffset moment) => Now = moment;
}

/// <summary>
/// Moves the demo clock through one sequence of actions (a round's, or one dossier's): each action at 08:00 (Vietnam)
/// on its day, a few minutes later per action already taken, never later than <paramref name="latest"/> (just before
/// the real now: the open round's late steps are squeezed into the days that have passed) and always after the
/// previous action, so the history keeps its order.
/// </summary>
internal sealed class DemoTimeline(DemoClock clock, DateTimeOffset latest)
{
    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private int _actions;

    public void MoveTo(DateOnly day)
    {
        var planned = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), PortalClock.VietnamOffset).AddMinutes(7 * _actions++);
        var at = planned < latest ? planned : latest;
        _last = at > _last ? at : _last.AddSeconds(1);
        clock.MoveTo(_last);
    }
}
