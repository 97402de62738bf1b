using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Security;

/// <summary>
/// Bad input is answered with a 400 and a sentence, never a 500 or a bare status. A page whose query value it could
/// not read (Blazor would throw: a 500) is stopped before it runs; this covers every page, including ones added
/// later, since it reads the page's own parameters (<see cref="QueryValues"/>). A 400 that an endpoint gave without a
/// body (a value it could not bind, <c>?round=abc</c>) gets the same sentence.
/// </summary>
internal sealed class BadRequestAnswer(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var page = http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
        if (page is not null && QueryValues.FirstUnreadable(page, http.Request.Query) is { } name)
        {
            await WriteAsync(http, "BadRequest.Query", name);
            return;
        }
        await next(http);
        var response = http.Response;
        if (response.StatusCode == StatusCodes.Status400BadRequest && !response.HasStarted
            && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            await WriteAsync(http, "BadRequest.Body");
    }

    private static Task WriteAsync(HttpContext http, string key, params object[] args)
    {
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
        return PlainPage.WriteAsync(http, StatusCodes.Status400BadRequest, t["BadRequest.Title"], t[key, args]);
    }
}
