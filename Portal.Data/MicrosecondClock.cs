namespace Portal.Data;

/// <summary>
/// The system clock cut to whole microseconds: what PostgreSQL keeps of a time (SQLite keeps 100 ns ticks). A time the
/// portal saves then reads back exactly on either provider, so the audit's hashes and replay (which write times to the
/// tick) agree with the tables wherever the data lives (record 0019).
/// </summary>
public sealed class MicrosecondClock : TimeProvider
{
    public static readonly MicrosecondClock Instance = new();

    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
