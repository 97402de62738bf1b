using Microsoft.EntityFrameworkCore;
using Portal.Workflows.Summaries;

namespace Portal.Workflows.Dashboard;

public sealed partial class DashboardStatistics
{
    /// <summary>Average, lowest and highest total of the year's dossiers with a verdict (appraised total where there is one).</summary>
    public async Task<ScoreSummary> ScoresAsync(DashboardFocus focus, int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var figures = await db.DossierSummaries.Under(focus).Where(s => s.Year == year && s.Verdict != null)
            .Select(s => s.AppraisedTotal ?? s.SelfTotal).Where(t => t != null)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Average = g.Average(t => (double)t!.Value), Min = g.Min(), Max = g.Max() })
            .FirstOrDefaultAsync(ct);
        return figures is null or { Count: 0 } ? new ScoreSummary(0, null, null, null)
            : new ScoreSummary(figures.Count, Math.Round((decimal)figures.Average, 1), figures.Min, figures.Max);
    }

    /// <summary>
    /// The criteria most often below their "achieved" mark (appraised points where appraised, else self-assessed), then
    /// those losing the largest share of their points, among the year's dossiers that have points for them. Counted per
    /// standard set, since a criterion number means something else in another set. Read from the summaries' lists of
    /// criterion points (one grouped query: dossiers with the same points count once), never the criterion rows.
    /// </summary>
    public async Task<IReadOnlyList<CriterionFailRow>> FailedCriteriaAsync(DashboardFocus focus, int year, int take = 10, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lists = await db.DossierSummaries.Under(focus).Where(s => s.Year == year && s.CriterionPoints != "")
            .GroupBy(s => new { s.StandardCode, s.CriterionPoints })
            .Select(g => new { g.Key.StandardCode, g.Key.CriterionPoints, Count = g.Count() }).ToListAsync(ct);
        var points = lists
            .SelectMany(l => CriterionPointsList.Read(l.CriterionPoints).Select(c => (l.StandardCode, c.CriterionNo, c.Points, l.Count)))
            .GroupBy(p => (p.StandardCode, p.CriterionNo, p.Points))
            .Select(g => new { g.Key.StandardCode, g.Key.CriterionNo, g.Key.Points, Count = g.Sum(p => p.Count) }).ToList();
        var rows = new List<CriterionFailRow>();
        foreach (var group in points.GroupBy(p => (p.StandardCode, p.CriterionNo)))
        {
            var criterion = (await scoring.SetAsync(group.Key.StandardCode, ct)).FindCriterion(group.Key.CriterionNo);
            var achievedAt = criterion?.AchievedAt ?? Scoring.Criterion.DefaultAchievedAt;
            var scored = group.Sum(p => p.Count);
            var average = Math.Round((decimal)group.Sum(p => p.Points * p.Count) / scored, 1);
            rows.Add(new CriterionFailRow(group.Key.StandardCode, group.Key.CriterionNo, criterion?.NameVi, criterion?.NameEn,
                group.Where(p => p.Points < achievedAt).Sum(p => p.Count), scored, average, criterion?.MaxPoints));
        }
        return rows.Where(r => r.Failed > 0 || r.LostPercent > 0)
            .OrderByDescending(r => r.Failed).ThenByDescending(r => r.LostPercent).ThenBy(r => r.CriterionNo.Length).ThenBy(r => r.CriterionNo)
            .Take(take).ToList();
    }

    /// <summary>Communes under the focus whose current streak of recognised years reaches 3, and 5, and the ten longest.</summary>
    public async Task<StreakSummary> StreaksAsync(DashboardFocus focus, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var atLeastThree = db.CommuneSummaries.Under(focus).Where(s => s.CurrentLength >= 3);
        var counts = await atLeastThree.GroupBy(_ => 1)
            .Select(g => new { Three = g.Count(), Five = g.Count(s => s.CurrentLength >= 5) }).FirstOrDefaultAsync(ct);
        var longest = await atLeastThree.Join(db.Units, s => s.CommuneId, u => u.Id, (s, u) => new
            {
                u.Id, u.Name, u.Path, Parent = u.Parent != null ? u.Parent.Name : null, s.CurrentLength, s.CurrentYears,
            }).OrderByDescending(s => s.CurrentLength).ThenBy(s => s.Path).Take(10).ToListAsync(ct);
        return new StreakSummary(counts?.Three ?? 0, counts?.Five ?? 0, longest
            .Select(s => new StreakLine(s.Id, s.Name, s.Parent, s.CurrentLength, Summaries.CommuneSummaryReader.ToStreak(s.CurrentYears).LastYear))
            .ToList());
    }
}
