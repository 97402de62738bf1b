using Portal.Data;
using Portal.Workflows.Access;
using Portal.Workflows.Activities;

namespace Portal.Web.Activities;

/// <summary>Downloads of activity evidence: authorised like the activity's unit, served from outside wwwroot.</summary>
public static class ActivityEndpoints
{
    public static void MapActivityEndpoints(this WebApplication app) =>
        app.MapGet("/activities/evidence/{id:int}", async (int id, HttpContext http, ActivityService activities, PortalDataPaths paths) =>
        {
            var opened = await activities.OpenEvidenceAsync(UserScope.From(http.User), id, paths);
            if (opened is not { } f) return Results.NotFound();
            return Results.File(f.Path, EvidenceFiles.ContentType(f.Path), f.FileName);
        }).RequireAuthorization();
}
