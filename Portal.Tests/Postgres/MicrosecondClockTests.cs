using Portal.Data;

namespace Portal.Tests.Postgres;

/// <summary>The portal's clock gives whole microseconds, what PostgreSQL keeps, so a saved time reads back exactly.</summary>
[Trait("Category", "Unit")]
public sealed class MicrosecondClockTests
{
    [Fact]
    public void Its_times_have_no_digit_below_the_microsecond()
    {
        var times = Enumerable.Range(0, 50).Select(_ => MicrosecondClock.Instance.GetUtcNow()).ToList();
        Assert.All(times, t => Assert.Equal(0, t.Ticks % TimeSpan.TicksPerMicrosecond));
        Assert.InRange(DateTimeOffset.UtcNow - times[^1], TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }
}
