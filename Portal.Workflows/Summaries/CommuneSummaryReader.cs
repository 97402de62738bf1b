using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Summaries;
using Portal.Data.Units;
using Portal.Workflows.Rewards;

namespace Portal.Workflows.Summaries;

/// <summary>
/// Computes commune summaries from the streaks that <see cref="RewardHistoryReader"/> reads and <see cref="StreakCalculator"/>
/// computes: this class only stores their result, it never counts years itself. A commune has a row once it has a dossier.
/// </summary>
public static class CommuneSummaryReader
{
    /// <summary>The summaries the saved detail gives for the communes that pass <paramref name="units"/> and have a dossier.</summary>
    public static async Task<List<CommuneSummary>> ReadAsync(PortalDbContext db, Expression<Func<AdminUnit, bool>> units, CancellationToken ct)
    {
        var ids = db.Units.Where(units).Where(u => u.Level == UnitLevel.Commune && db.Dossiers.Any(d => d.UnitId == u.Id)).Select(u => u.Id);
        var ancestors = await CommuneAncestors.ReadAsync(db, ids, ct);
        var streaks = (await RewardHistoryReader.ReadAsync(db, units, ct)).ToDictionary(c => c.UnitId, c => c.Streaks);
        return ancestors.Select(a => Build(a.Key, a.Value, streaks.GetValueOrDefault(a.Key))).ToList();
    }

    /// <summary>
    /// One commune's summary as it stands in <paramref name="db"/>'s unit of work (a verdict not saved yet counts); a
    /// dossier change passes its unit of work's <paramref name="memo"/>, shared with the rewards.
    /// </summary>
    public static async Task<CommuneSummary> ReadPendingAsync(PortalDbContext db, int communeId, CancellationToken ct, PendingStreakMemo? memo = null)
    {
        var ancestors = await CommuneAncestors.ReadAsync(db, communeId, ct);
        var streaks = await RewardHistoryReader.ReadPendingAsync(db, communeId, ct, memo);
        return Build(communeId, ancestors[communeId], streaks?.Streaks);
    }

    private static CommuneSummary Build(int communeId, Ancestors ancestors, StreakResult? streaks)
    {
        var milestone = (streaks?.Runs ?? []).SelectMany(StreakCalculator.Milestones)
            .OrderByDescending(m => m.Years.LastYear).ThenByDescending(m => m.Milestone.Length).FirstOrDefault();
        return new CommuneSummary
        {
            CommuneId = communeId, ProvinceId = ancestors.ProvinceId, DistrictId = ancestors.DistrictId,
            CurrentLength = streaks?.Current.Length ?? 0, CurrentYears = Years(streaks?.Current),
            LongestLength = streaks?.Longest.Length ?? 0, LongestYears = Years(streaks?.Longest),
            MilestoneLength = milestone.Milestone?.Length ?? 0, MilestoneYear = milestone.Years?.LastYear,
        };
    }

    private static string Years(Streak? streak) => streak is null ? "" : string.Join(',', streak.Years);

    /// <summary>The streak a stored list of years stands for.</summary>
    public static Streak ToStreak(string years) =>
        years.Length == 0 ? Streak.None : new Streak([.. years.Split(',').Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture))]);

    public static void CopyTo(this CommuneSummary from, CommuneSummary to)
    {
        (to.ProvinceId, to.DistrictId, to.CurrentLength, to.CurrentYears) = (from.ProvinceId, from.DistrictId, from.CurrentLength, from.CurrentYears);
        (to.LongestLength, to.LongestYears, to.MilestoneLength, to.MilestoneYear) = (from.LongestLength, from.LongestYears, from.MilestoneLength, from.MilestoneYear);
    }

    public static IEnumerable<string> Differences(CommuneSummary stored, CommuneSummary expected) =>
        SummaryText.Differences(
            ("ProvinceId", stored.ProvinceId, expected.ProvinceId), ("DistrictId", stored.DistrictId, expected.DistrictId),
            ("CurrentYears", stored.CurrentYears, expected.CurrentYears), ("CurrentLength", stored.CurrentLength, expected.CurrentLength),
            ("LongestYears", stored.LongestYears, expected.LongestYears), ("LongestLength", stored.LongestLength, expected.LongestLength),
            ("MilestoneLength", stored.MilestoneLength, expected.MilestoneLength), ("MilestoneYear", stored.MilestoneYear, expected.MilestoneYear));
}
