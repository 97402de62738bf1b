using System.Text;
using Portal.Workflows.Access;
using Portal.Workflows.Standards;

namespace Portal.Web.Standards;

/// <summary>The download of a set file: a plain GET, so the browser saves it like any file.</summary>
public static class StandardsEndpoints
{
    public static void MapStandardsEndpoints(this WebApplication app) =>
        app.MapGet("/standards/{code}/export", async (string code, HttpContext http, StandardSetCatalog catalog) =>
        {
            var json = await catalog.ExportAsync(UserScope.From(http.User), code);
            return json is null
                ? Results.NotFound()
                : Results.File(Encoding.UTF8.GetBytes(json), "application/json", $"{code}.json");
        }).RequireAuthorization();
}
