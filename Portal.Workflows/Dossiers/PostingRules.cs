using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>The public posting (niêm yết) lasts at least the round's posting days, its first and last day included.</summary>
public static class PostingRules
{
    /// <summary>The earliest last day a posting starting on <paramref name="start"/> may have.</summary>
    public static DateOnly EarliestLastDay(DateOnly start, int postingDays) => start.AddDays(Math.Max(1, postingDays) - 1);

    /// <summary>Why the dates are refused, or null when they are acceptable (or not both set yet).</summary>
    public static string? Check(DateOnly? start, DateOnly? lastDay, int postingDays)
    {
        if (start is not { } s || lastDay is not { } l) return null;
        if (l < s) return WorkflowText.Get("Dossiers.PostingEndsBeforeStart");
        var earliest = EarliestLastDay(s, postingDays);
        return l < earliest ? WorkflowText.Get("Dossiers.PostingTooShort", postingDays, PortalFormat.Date(earliest)) : null;
    }
}
