namespace Portal.Workflows.Scoring;

/// <summary>Picks the points of a value from bands, as the format's "Bands" section says.</summary>
internal static class BandScorer
{
    /// <param name="higherIsBetter">The rule's direction; null when the set does not say.</param>
    /// <param name="bands">The rule's bands; null when the set does not list them.</param>
    /// <param name="compareValueTo">The sign of (value − threshold), computed exactly by the caller.</param>
    /// <param name="shownValue">The value as a person reads it ("50 %"), for the missing list when its band's points are unknown.</param>
    /// <param name="site">Where the rule sits (criterion, subject), for messages.</param>
    /// <param name="sheet">Collects what is missing or wrong, found while scoring.</param>
    /// <returns>The points; 0 when the value reaches no band; null when they cannot be known.</returns>
    public static int? Points(bool? higherIsBetter, ValueList<Band>? bands, Func<decimal, int> compareValueTo,
        RuleSite site, ScoreSheet sheet, string shownValue)
    {
        // Direction, list or a min unknown: which band the value is in cannot be told (the missing list says why).
        if (higherIsBetter is not { } higher || bands is null) return null;
        if (bands.Any(b => b.Bound == BandBound.Min && b.Threshold is null)) return null;
        var bound = higher ? BandBound.Min : BandBound.Max;
        var band = BandOrder.FromNarrowest(bands.Where(b => b.IsReachedBy(compareValueTo)), b => b, bound).FirstOrDefault();
        if (band is null) return 0;
        // The law's points for this range are unknown: the criterion is missing, never 0 and never "not achieved".
        if (band.Points is null) sheet.Missing.Add(ScoringMessages.ResultPointsUnknown(site.Owner, shownValue));
        return band.Points;
    }

    /// <summary>What any score under these bands needs: the direction, the list and every min (a null max is the catch-all).</summary>
    public static void ListUnknowns(bool? higherIsBetter, ValueList<Band>? bands, RuleSite site, MissingList missing)
    {
        missing.AddIfNull(higherIsBetter, site.Owner, site.PathOf(FormatPropertyNames.HigherIsBetter));
        missing.AddIfNull(bands, site.Owner, site.PathOf(FormatPropertyNames.Bands));
        for (var j = 0; j < (bands?.Count ?? 0); j++)
        {
            if (bands![j].Bound == BandBound.Min) missing.AddIfNull(bands[j].Threshold, site.Owner, $"{site.PathOf(FormatPropertyNames.Bands)}[{j}].min");
        }
    }
}
