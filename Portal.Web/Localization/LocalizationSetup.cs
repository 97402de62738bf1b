using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Portal.Data.Accounts;

namespace Portal.Web.Localization;

/// <summary>
/// Vietnamese first (vi-VN dates dd/MM/yyyy and numbers), English on request. The choice is a cookie, written
/// at sign-in from the account's saved preference, so it follows the person rather than the browser.
/// </summary>
public static class LocalizationSetup
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";
    public static readonly string[] Supported = [Vietnamese, English];

    public static WebApplicationBuilder AddPortalLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        // Vietnamese letters go out as letters, not as numeric entities (&#x110;&#x103;ng…): smaller pages, readable source.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Only the cookie: a browser set to English must not override the Vietnamese default.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return builder;
    }

    public static WebApplication UsePortalLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    /// <summary>GET /culture?c=en-US&amp;back=/units: switches the language, and saves it on the account.</summary>
    public static void MapCultureEndpoint(this WebApplication app) =>
        app.MapGet("/culture", async (HttpContext http, string? c, string? back, UserManager<PortalUser> users) =>
        {
            var culture = Supported.Contains(c) ? c! : Vietnamese;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, Secure = http.Request.IsHttps });
            if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user)
            {
                user.PreferredCulture = culture;
                await users.UpdateAsync(user);
            }
            return Results.LocalRedirect(Accounts.AccountEndpoints.SafeReturnUrl(back));
        }).AllowAnonymous();
}
