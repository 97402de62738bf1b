namespace Portal.Workflows.Dossiers;

/// <summary>Dates of the programme are Vietnamese dates: UTC+7 all year (Vietnam keeps no daylight saving).</summary>
public static class PortalClock
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(VietnamOffset).DateTime);
}
