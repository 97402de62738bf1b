using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;
using Portal.Web.Security;

namespace Portal.Web.Accounts;

/// <summary>
/// How often a password may be tried (docs/decisions/0012-sign-in-throttling.md): per client address
/// (<c>Portal:SignIn:PerAddress</c>, 10 by default) and per user name from any address (<c>Portal:SignIn:PerName</c>,
/// 20), each in a sliding window of <c>Portal:SignIn:Window</c> (one minute). The per-name limit is the higher, so one
/// stranger alone can never use up a colleague's attempts; nothing outlives the window, so nobody stays locked out.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const string AddressPolicy = "sign-in-per-address";

    private readonly PartitionedRateLimiter<string> _names;

    public SignInThrottle(IConfiguration config)
    {
        Window = config.GetValue("Portal:SignIn:Window", TimeSpan.FromMinutes(1));
        PerAddress = config.GetValue("Portal:SignIn:PerAddress", 10);
        PerName = config.GetValue("Portal:SignIn:PerName", 20);
        _names = PartitionedRateLimiter.Create<string, string>(name => Sliding(name, PerName));
    }

    public TimeSpan Window { get; }
    public int PerAddress { get; }
    public int PerName { get; }

    /// <summary>One attempt for this name; false when the name has had its attempts in this window.</summary>
    public bool TryTakeName(string userName)
    {
        using var lease = _names.AttemptAcquire(userName.ToUpperInvariant());
        return lease.IsAcquired;
    }

    public RateLimitPartition<string> AddressPartition(HttpContext http) => Sliding(AddressKey(http.Connection.RemoteIpAddress), PerAddress);

    /// <summary>An IPv6 client may hold a whole /64: its addresses count as one.</summary>
    public static string AddressKey(IPAddress? address) => address switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } =>
            new IPAddress([.. address.GetAddressBytes().Take(8), .. new byte[8]]).ToString() + "/64",
        _ => address.ToString(),
    };

    /// <summary>The answer to an attempt over either limit: 429, with when to try again.</summary>
    public Task RejectAsync(HttpContext http)
    {
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
        var seconds = (int)Math.Ceiling(Window.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return PlainPage.WriteAsync(http, StatusCodes.Status429TooManyRequests, t["Login.Throttled.Title"],
            t["Login.Throttled.Body", seconds], "/account/login");
    }

    private RateLimitPartition<string> Sliding(string key, int permits) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = Window, SegmentsPerWindow = 6, QueueLimit = 0, AutoReplenishment = true,
        });

    public void Dispose() => _names.Dispose();
}

public static class SignInThrottleSetup
{
    public static IServiceCollection AddSignInThrottle(this IServiceCollection services)
    {
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignInThrottle.AddressPolicy, http => http.RequestServices.GetRequiredService<SignInThrottle>().AddressPartition(http));
            o.OnRejected = (context, _) => new ValueTask(context.HttpContext.RequestServices.GetRequiredService<SignInThrottle>().RejectAsync(context.HttpContext));
        });
        return services;
    }
}
