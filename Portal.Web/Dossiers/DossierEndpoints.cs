using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;

namespace Portal.Web.Dossiers;

/// <summary>Downloads of dossier files: authorised like the dossier itself, served from outside wwwroot.</summary>
public static class DossierEndpoints
{
    public static void MapDossierEndpoints(this WebApplication app) =>
        app.MapGet("/files/{id:int}", async (int id, HttpContext http, DossierFiles files) =>
        {
            // Refused (and logged) or missing: both answer "not found", so a download reveals no other unit's files.
            var opened = await files.OpenAsync(UserScope.From(http.User), id);
            return opened is { Succeeded: true, Value: { } f } ? Results.File(f.Path, f.ContentType, f.OriginalName) : Results.NotFound();
        }).RequireAuthorization();
}
