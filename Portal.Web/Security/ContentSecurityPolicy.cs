using System.Security.Cryptography;

namespace Portal.Web.Security;

/// <summary>
/// Scripts from the portal only. The one inline script, Blazor's import map, carries this request's nonce
/// (<c>App.razor</c>). Styles allow inline <c>style</c> attributes because MudBlazor sets them on its components
/// (a style cannot run code). The SignalR connection of Blazor Server goes to the same origin (<c>connect-src 'self'</c>).
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceKey = "portal.csp-nonce";

    public static string For(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    internal static string CreateNonce(HttpContext http)
    {
        // Hex, not base64: '+' would be written as an entity in the page, and the page's text would differ from the header's.
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        return nonce;
    }

    /// <summary>The nonce of this response's policy, for an inline script that the portal writes itself.</summary>
    public static string? Nonce(HttpContext? http) => http?.Items[NonceKey] as string;
}
