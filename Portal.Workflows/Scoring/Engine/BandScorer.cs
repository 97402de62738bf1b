namespace Portal.Workflows.Scoring;

/// <summary>Picks the points of a value from bands, as the format's "Bands" section says.</summary>
internal static class BandScorer
{
    /// <param name="compareValueTo">The sign of (value − threshold), computed exactly by the caller.</param>
    /// <returns>The points, or null when the direction, a threshold or some band's points are unknown.</returns>
    public static int? Points(bool? higherIsBetter, ValueList<Band>? bands, Func<decimal, int> compareValueTo)
    {
        if (higherIsBetter is not { } higher || bands is null) return null;
        if (bands.Any(b => b.Points is null || (b.Bound == BandBound.Min && b.Threshold is null))) return null;
        return higher ? HigherIsBetter(bands, compareValueTo) : LowerIsBetter(bands, compareValueTo);
    }

    /// <summary>The band with the greatest min that the value reaches (value ≥ min); below every min, 0.</summary>
    private static int HigherIsBetter(ValueList<Band> bands, Func<decimal, int> compareValueTo) =>
        bands.Where(b => compareValueTo(b.Threshold!.Value) >= 0)
            .OrderByDescending(b => b.Threshold)
            .Select(b => b.Points!.Value)
            .FirstOrDefault();

    /// <summary>The band with the smallest max the value does not exceed (value ≤ max), the catch-all last; above every max, 0.</summary>
    private static int LowerIsBetter(ValueList<Band> bands, Func<decimal, int> compareValueTo) =>
        bands.Where(b => b.IsCatchAll || compareValueTo(b.Threshold!.Value) <= 0)
            .OrderBy(b => b.IsCatchAll)
            .ThenBy(b => b.Threshold)
            .Select(b => b.Points!.Value)
            .FirstOrDefault();
}
