using Microsoft.EntityFrameworkCore;
using Portal.Data.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Rewards;

namespace Portal.Workflows.Dashboard;

public sealed partial class DashboardStatistics
{
    /// <summary>Average, lowest and highest total of the year's dossiers with a verdict (appraised total where there is one).</summary>
    public async Task<ScoreSummary> ScoresAsync(DashboardFocus focus, int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var totals = db.Dossiers.Where(d => d.Round!.Year == year && d.Unit!.Path.StartsWith(focus.PathPrefix)
                && (d.State == DossierState.Recognized || d.State == DossierState.NotRecognized))
            .Select(d => d.AppraisedTotal ?? d.SelfTotal).Where(t => t != null);
        var count = await totals.CountAsync(ct);
        if (count == 0) return new ScoreSummary(0, null, null, null);
        var average = await totals.AverageAsync(t => (double)t!.Value, ct);
        return new ScoreSummary(count, Math.Round((decimal)average, 1), await totals.MinAsync(ct), await totals.MaxAsync(ct));
    }

    /// <summary>
    /// The criteria most often below their "achieved" mark (appraised points where appraised, else self-assessed), then
    /// those losing the largest share of their points, among the year's dossiers that have points for them. Counted per
    /// standard set, since a criterion number means something else in another set.
    /// </summary>
    public async Task<IReadOnlyList<CriterionFailRow>> FailedCriteriaAsync(DashboardFocus focus, int year, int take = 10, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var points = await db.CriterionEntries
            .Join(db.Dossiers.Where(d => d.Round!.Year == year && d.Unit!.Path.StartsWith(focus.PathPrefix)), c => c.DossierId, d => d.Id,
                (c, d) => new { d.StandardCode, c.CriterionNo, Points = c.AppraisedPoints ?? c.SelfPoints })
            .Where(x => x.Points != null)
            .GroupBy(x => new { x.StandardCode, x.CriterionNo, x.Points })
            .Select(g => new { g.Key.StandardCode, g.Key.CriterionNo, g.Key.Points, Count = g.Count() }).ToListAsync(ct);
        var rows = new List<CriterionFailRow>();
        foreach (var group in points.GroupBy(p => (p.StandardCode, p.CriterionNo)))
        {
            var criterion = (await scoring.SetAsync(group.Key.StandardCode, ct)).FindCriterion(group.Key.CriterionNo);
            var achievedAt = criterion?.AchievedAt ?? Scoring.Criterion.DefaultAchievedAt;
            var scored = group.Sum(p => p.Count);
            var average = Math.Round((decimal)group.Sum(p => p.Points!.Value * p.Count) / scored, 1);
            rows.Add(new CriterionFailRow(group.Key.StandardCode, group.Key.CriterionNo, criterion?.NameVi, criterion?.NameEn,
                group.Where(p => p.Points < achievedAt).Sum(p => p.Count), scored, average, criterion?.MaxPoints));
        }
        return rows.Where(r => r.Failed > 0 || r.LostPercent > 0)
            .OrderByDescending(r => r.Failed).ThenByDescending(r => r.LostPercent).ThenBy(r => r.CriterionNo.Length).ThenBy(r => r.CriterionNo)
            .Take(take).ToList();
    }

    /// <summary>Communes under the focus whose current streak of recognised years reaches 3, and 5.</summary>
    public static StreakSummary Streaks(DashboardFocus focus, IReadOnlyList<CommuneStreaks> streaks)
    {
        var mine = streaks.Where(s => s.Path.StartsWith(focus.PathPrefix, StringComparison.Ordinal)).ToList();
        return new StreakSummary(mine.Count(s => s.Streaks.Current.Length >= 3), mine.Count(s => s.Streaks.Current.Length >= 5),
            mine.OrderByDescending(s => s.Streaks.Current.Length).Take(10)
                .Select(s => new StreakLine(s.UnitId, s.Name, s.ParentName, s.Streaks.Current.Length, s.Streaks.Current.LastYear)).ToList());
    }
}
