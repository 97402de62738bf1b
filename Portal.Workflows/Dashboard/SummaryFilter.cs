using Portal.Data.Summaries;
using Portal.Data.Units;

namespace Portal.Workflows.Dashboard;

/// <summary>
/// Puts a dashboard focus on the summaries: an equality on the indexed column of the focus's level (province, district,
/// commune; the national view lists its provinces), and the key of the row each summary counts in (the unit below the
/// focus). No path is matched, so every query is an index search (record 0015).
/// </summary>
public static class SummaryFilter
{
    public static IQueryable<T> Under<T>(this IQueryable<T> summaries, DashboardFocus focus) where T : class, ISummaryUnits
    {
        if (focus.UnitId is not { } id)
        {
            var provinces = focus.Children.Select(c => c.Id).ToList();
            return summaries.Where(s => provinces.Contains(s.ProvinceId));
        }
        return focus.Level switch
        {
            UnitLevel.Province => summaries.Where(s => s.ProvinceId == id),
            UnitLevel.District => summaries.Where(s => s.DistrictId == id),
            _ => summaries.Where(s => s.CommuneId == id),
        };
    }

    /// <summary>The summaries with the id of the unit below the focus they count in, and what the rows add up.</summary>
    public static IQueryable<KeyedSummary> ByRow(this IQueryable<DossierSummary> summaries, DashboardFocus focus) =>
        RowLevel(focus) switch
        {
            UnitLevel.Province => summaries.Select(s => new KeyedSummary { Key = s.ProvinceId, State = s.State, StagesDone = s.StagesDone, StagesOnTime = s.StagesOnTime }),
            UnitLevel.District => summaries.Select(s => new KeyedSummary { Key = s.DistrictId, State = s.State, StagesDone = s.StagesDone, StagesOnTime = s.StagesOnTime }),
            _ => summaries.Select(s => new KeyedSummary { Key = s.CommuneId, State = s.State, StagesDone = s.StagesDone, StagesOnTime = s.StagesOnTime }),
        };

    /// <summary>The level of the focus's rows: its children's, or its own when nothing lies below it.</summary>
    public static UnitLevel RowLevel(DashboardFocus focus) => focus.Children.Count > 0 ? focus.Children[0].Level : focus.Level ?? UnitLevel.Province;
}

/// <summary>A summary reduced to the row it counts in (a unit below the focus) and what the rows add up.</summary>
public sealed class KeyedSummary
{
    public int? Key { get; init; }
    public Portal.Data.Dossiers.DossierState State { get; init; }
    public int StagesDone { get; init; }
    public int StagesOnTime { get; init; }
}
