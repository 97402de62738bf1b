using Portal.Data;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers;

namespace Portal.Web.Dossiers;

/// <summary>Downloads of dossier files: authorised like the dossier itself, served from outside wwwroot.</summary>
public static class DossierEndpoints
{
    public static void MapDossierEndpoints(this WebApplication app) =>
        app.MapGet("/files/{id:int}", async (int id, HttpContext http, DossierService dossiers, PortalDataPaths paths) =>
        {
            var opened = await dossiers.OpenFileAsync(UserScope.From(http.User), id, paths);
            if (opened is not { } f) return Results.NotFound();
            return Results.File(f.Path, f.File.ContentType, f.File.OriginalName);
        }).RequireAuthorization();
}
