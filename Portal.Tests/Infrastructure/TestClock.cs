namespace Portal.Tests.Infrastructure;

/// <summary>A clock the test moves by hand; the portal takes all its time from TimeProvider.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
    public void AdvanceDays(int days) => Now = Now.AddDays(days);
}
