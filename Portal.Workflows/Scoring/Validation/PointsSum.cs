namespace Portal.Workflows.Scoring;

/// <summary>The rule shared by checklists and parts: their pieces add up to the criterion's maxPoints.</summary>
internal static class PointsSum
{
    public static void Check(
        IReadOnlyList<int?> pieces, int? maxPoints, string path, ValidationContext context, Func<int, int, string> mismatch)
    {
        if (maxPoints is not { } max) return;
        var known = pieces.Where(p => p is not null).Sum(p => p!.Value);
        var allKnown = pieces.All(p => p is not null);
        // With some pieces unknown the sum can only be bounded; once all are known it must match exactly.
        if (allKnown ? known != max : known > max)
        {
            context.Report(path, allKnown ? mismatch(known, max) : ScoringMessages.KnownPiecesExceedMax(known, max));
        }
    }
}
