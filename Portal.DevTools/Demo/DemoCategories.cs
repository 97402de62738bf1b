using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Data.Units;

namespace Portal.DevTools.Demo;

/// <summary>
/// Before the first round the province officer sets each demo commune's category under the demo set, through the
/// categories service, as the province does (a commune registers under the category the province gave it). A commune
/// that already has one keeps it.
/// </summary>
internal static class DemoCategories
{
    public static async Task EnsureAsync(DemoServices services, DemoActors actors, IEnumerable<AdminUnit> communes, DateTimeOffset latest,
        CancellationToken ct)
    {
        List<int> present;
        await using (var db = await services.Database.CreateDbContextAsync(ct))
            present = await db.CommuneCategories.Where(a => a.StandardCode == DemoPlan.StandardCode).Select(a => a.UnitId).ToListAsync(ct);
        var time = new DemoTimeline(services.Clock, latest);
        var officer = actors.Province(PortalRoles.ProvinceOfficer);
        foreach (var commune in communes.Where(c => !present.Contains(c.Id)).OrderBy(c => c.Code))
        {
            time.MoveTo(DemoCalendar.CategoriesSetOn);
            var category = DemoPlan.Communes.Single(p => p.Code == commune.Code).Category;
            var outcome = await services.Categories.SetAsync(officer, commune.Id, DemoPlan.StandardCode, category, ct);
            if (!outcome.Succeeded)
                throw new InvalidOperationException($"Demo: setting the category of {commune.Name} was {outcome.Kind}: {string.Join(" ", outcome.Errors)}");
        }
    }
}
