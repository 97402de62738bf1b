using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Security;

/// <summary>
/// A small page for answers given before any Blazor page runs (a bad query value, too many sign-in attempts):
/// a title, a sentence and a way back, in the reader's language, with no script.
/// </summary>
internal static class PlainPage
{
    public static Task WriteAsync(HttpContext http, int status, string title, string message, string backHref = "/")
    {
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
        var e = http.RequestServices.GetRequiredService<HtmlEncoder>(); // the portal's: Vietnamese letters stay letters
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{e.Encode(title)}</title></head>" +
            $"<body><h1>{e.Encode(title)}</h1><p id=\"plain-message\">{e.Encode(message)}</p>" +
            $"<p><a href=\"{e.Encode(backHref)}\">{e.Encode(t["BadRequest.Back"])}</a></p></body></html>");
    }
}
