namespace Portal.Tests.Infrastructure;

/// <summary>A clock the test moves by hand; the portal takes all its time from TimeProvider.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>
    /// Where the web hosts' clocks start (9:00 on 7/12/2026 in Vietnam), and the template's demo history with them:
    /// the demo's 2026 round is open, its earlier rounds closed, whatever day the tests run.
    /// </summary>
    public static readonly DateTimeOffset WebStart = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
    public void AdvanceDays(int days) => Now = Now.AddDays(days);
}
