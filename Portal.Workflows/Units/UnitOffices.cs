using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Units;
using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;
using Portal.Workflows.Texts;
using Portal.Workflows.Units.Categories;

namespace Portal.Workflows.Units;

/// <summary>
/// The name of the office that appraises dossiers in a district or province (its People's Committee's specialised
/// office), as the province records it: the printed decision names it in its bases and article 3. Never guessed:
/// after the 2025 reform the offices changed, and the name differs by place.
/// </summary>
public sealed class UnitOffices(IDbContextFactory<PortalDbContext> dbFactory, AccessLog accessLog)
{
    public async Task<Outcome> SetAsync(UserScope scope, int unitId, string? officeName, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null) return Outcome.NotFound(WorkflowText.Get("Units.NotFound"));
        if (!CommuneCategories.MaySet(scope, unit.Path))
        {
            await accessLog.RefuseAsync(scope, $"unit:{unitId}", "change", "set the appraising office without the province's role", ct);
            return Outcome.Refused(WorkflowText.Get("Access.Refused"));
        }
        if (unit.Level == UnitLevel.Commune) return Outcome.Invalid(WorkflowText.Get("Units.OfficeNotForCommune"));
        unit.AppraisingOffice = string.IsNullOrWhiteSpace(officeName) ? null : officeName.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }
}
