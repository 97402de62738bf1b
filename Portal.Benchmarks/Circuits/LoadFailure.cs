namespace Portal.Benchmarks.Circuits;

/// <summary>What a circuit of the load may fail with on a busy server: counted and reported, never fatal to the run.</summary>
public static class LoadFailure
{
    public static bool Is(Exception e) => e is TimeoutException or Microsoft.Playwright.PlaywrightException or HttpRequestException
        or InvalidOperationException or IOException or Microsoft.AspNetCore.SignalR.HubException;
}
