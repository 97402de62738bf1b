using Portal.Workflows.Access;
using Portal.Workflows.Decisions;

namespace Portal.Web.Dossiers;

/// <summary>The decision as a .docx, authorised like the dossier (a refusal or a missing decision both answer "not found").</summary>
public static class DecisionEndpoints
{
    public static void MapDecisionEndpoints(this WebApplication app) =>
        app.MapGet("/dossiers/{id:int}/decision.docx", async (int id, HttpContext http, DecisionReader decisions) =>
        {
            var read = await decisions.ReadAsync(UserScope.From(http.User), id);
            if (read is not { Succeeded: true, Value.Sheet: { } sheet }) return Results.NotFound();
            var name = "quyet-dinh-" + new string(sheet.Number.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant() + ".docx";
            return Results.File(DecisionDocx.ToBytes(sheet), DecisionDocx.ContentType, name);
        }).RequireAuthorization();
}
