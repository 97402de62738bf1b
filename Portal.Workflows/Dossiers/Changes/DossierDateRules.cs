using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// The order the procedure's dates must keep: the commune council meets before its result is posted and not in the
/// future; the review council and the decision come after the commune submitted, the decision after the review council,
/// and no council meets in the future. Each refusal names both dates, as officials compare them on paper.
/// </summary>
internal static class DossierDateRules
{
    public static IReadOnlyList<string> Council(DateOnly? date, DateOnly today) =>
        date is { } d && d > today ? [WorkflowText.Get("Dossiers.CouncilInFuture", Day(d), Day(today))] : [];

    public static IReadOnlyList<string> Posting(DateOnly? start, DateOnly? lastDay, DateOnly? council)
    {
        var errors = new List<string>();
        if (start is { } s && council is { } c && s < c) errors.Add(WorkflowText.Get("Dossiers.PostingBeforeCouncil", Day(s), Day(c)));
        if (start is { } s2 && lastDay is { } l && l < s2) errors.Add(WorkflowText.Get("Dossiers.PostingEndsBeforeStart", Day(l), Day(s2)));
        return errors;
    }

    public static IReadOnlyList<string> Review(DateOnly? review, DateOnly? decision, DateOnly? submitted, DateOnly today)
    {
        var errors = new List<string>();
        if (review is { } r && submitted is { } s && r < s) errors.Add(WorkflowText.Get("Dossiers.ReviewBeforeSubmission", Day(r), Day(s)));
        if (review is { } r2 && r2 > today) errors.Add(WorkflowText.Get("Dossiers.ReviewInFuture", Day(r2), Day(today)));
        if (decision is { } d && submitted is { } s2 && d < s2) errors.Add(WorkflowText.Get("Dossiers.DecisionBeforeSubmission", Day(d), Day(s2)));
        if (decision is { } d2 && review is { } r3 && d2 < r3) errors.Add(WorkflowText.Get("Dossiers.DecisionBeforeReview", Day(d2), Day(r3)));
        return errors;
    }

    /// <summary>The Vietnamese day of the dossier's latest submission (first or after a return); null before any.</summary>
    public static async Task<DateOnly?> SubmittedOnAsync(PortalDbContext db, int dossierId, CancellationToken ct)
    {
        string[] submissions = [nameof(DossierTrigger.Submit), nameof(DossierTrigger.Resubmit)];
        var at = await db.DossierEvents.Where(e => e.DossierId == dossierId && submissions.Contains(e.Trigger))
            .OrderByDescending(e => e.Id).Select(e => (DateTime?)e.AtUtc).FirstOrDefaultAsync(ct);
        return at is { } utc ? DateOnly.FromDateTime(utc + PortalClock.VietnamOffset) : null;
    }

    private static string Day(DateOnly d) => PortalFormat.Date(d);
}
