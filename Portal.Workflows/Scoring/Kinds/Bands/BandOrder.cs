namespace Portal.Workflows.Scoring;

/// <summary>
/// Orders bands from the narrowest to the loosest, the order in which a value is matched and in which the validator
/// checks that points never rise: greatest min first, or smallest max first with the catch-all last. At equal
/// bounds the strict band is the narrower one (value &gt; 2 lies inside value ≥ 2).
/// </summary>
internal static class BandOrder
{
    public static IOrderedEnumerable<T> FromNarrowest<T>(IEnumerable<T> items, Func<T, Band> band, BandBound bound) =>
        bound == BandBound.Min
            ? items.OrderByDescending(i => band(i).Threshold).ThenBy(i => band(i).Strict ? 0 : 1)
            : items.OrderBy(i => band(i).IsCatchAll ? 1 : 0).ThenBy(i => band(i).Threshold).ThenBy(i => band(i).Strict ? 0 : 1);
}
