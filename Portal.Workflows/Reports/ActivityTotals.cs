using Portal.Data.Activities;
using Portal.Workflows.Activities;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Reports;

/// <summary>The total row of the activities report: every count summed; a target only where some unit set one.</summary>
public static class ActivityTotals
{
    public static ActivityCounts Sum(IReadOnlyList<ActivityCounts> rows) => new(
        0, "", ReportText.Get("Report.Total"),
        SumOrNull(rows.Select(r => r.TargetRegistered)), SumOrNull(rows.Select(r => r.TargetRecognised)),
        rows.Sum(r => r.Registered), rows.Sum(r => r.Communications), rows.Sum(r => r.AudienceReached),
        Enum.GetValues<CommunicationKind>().ToDictionary(k => k, k => rows.Sum(r => r.CommunicationsByKind.GetValueOrDefault(k))),
        rows.Sum(r => r.SafeModels),
        Enum.GetValues<SafeModelKind>().ToDictionary(k => k, k => rows.Sum(r => r.SafeModelsByKind.GetValueOrDefault(k))),
        rows.Sum(r => r.Inspections), rows.Sum(r => r.FollowUpsOpen), rows.Sum(r => r.FollowUpsOverdue));

    private static int? SumOrNull(IEnumerable<int?> values)
    {
        var set = values.Where(v => v is not null).ToList();
        return set.Count == 0 ? null : set.Sum();
    }
}
