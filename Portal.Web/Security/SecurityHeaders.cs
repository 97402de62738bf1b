using Microsoft.Net.Http.Headers;

namespace Portal.Web.Security;

/// <summary>
/// The headers every response carries: the content security policy (with this request's nonce), no MIME sniffing,
/// no framing, no referrer outside the portal, no powerful browser features, and <c>Cache-Control: no-store</c> on
/// everything that does not set its own caching (pages, downloads, reports: they hold data about children, and a
/// shared computer must not keep them). Static assets keep the caching that MapStaticAssets gives them.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext http)
    {
        var nonce = ContentSecurityPolicy.CreateNonce(http);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy.For(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (!headers.ContainsKey(HeaderNames.CacheControl)) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(http);
    }
}
