using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Checks the bands of a rate or count: the property each band uses matches the direction, thresholds are in range and
/// distinct (a strict and a plain band may share one), points lie in 0..maxPoints, and a narrower band never gives
/// fewer points than a looser one (without that, a better result could score less, which no standard intends).
/// </summary>
internal static class BandsValidator
{
    public static void Validate(bool? higherIsBetter, ValueList<Band>? bands, bool isRate, RuleSite site, ValidationContext context)
    {
        context.RequireKnown(higherIsBetter, site.PathOf(P.HigherIsBetter));
        context.RequireKnown(bands, site.PathOf(P.Bands));
        if (bands is null) return;
        if (bands.Count == 0) context.Report(site.PathOf(P.Bands), ScoringMessages.EmptyList());
        var expected = higherIsBetter switch
        {
            true => BandBound.Min,
            false => BandBound.Max,
            null => bands.FirstOrDefault()?.Bound ?? BandBound.Min,
        };
        for (var j = 0; j < bands.Count; j++)
        {
            ValidateBand(bands[j], expected, higherIsBetter is null, site.MaxPoints, isRate, $"{site.PathOf(P.Bands)}[{j}]", context);
        }
        if (bands.All(b => b.Bound == expected)) ValidateOrder(bands, expected, site.PathOf(P.Bands), context);
    }

    private static void ValidateBand(
        Band band, BandBound expected, bool directionUnknown, int? maxPoints, bool isRate, string path, ValidationContext context)
    {
        var boundName = band.Bound == BandBound.Min ? P.Min : P.Max;
        if (band.Bound != expected)
        {
            context.Report(path, directionUnknown ? ScoringMessages.MixedBandBounds()
                : expected == BandBound.Min ? ScoringMessages.HigherBandNeedsMin() : ScoringMessages.LowerBandNeedsMax());
        }
        // A null max is the catch-all, so only a null min stands for an unknown threshold.
        if (band.Bound == BandBound.Min) context.RequireKnown(band.Threshold, $"{path}.{P.Min}");
        if (band.IsCatchAll && band.Strict) context.Report($"{path}.{P.Strict}", ScoringMessages.StrictCatchAll());
        if (band.Threshold is { } threshold && (threshold < 0 || (isRate && threshold > 100)))
        {
            context.Report($"{path}.{boundName}", isRate ? ScoringMessages.RateThresholdOutOfRange(threshold)
                : ScoringMessages.CountThresholdNegative(threshold));
        }
        context.RequireKnown(band.Points, $"{path}.{P.Points}");
        if (band.Points is { } points && (points < 0 || points > maxPoints))
        {
            context.Report($"{path}.{P.Points}", ScoringMessages.BandPointsOutOfRange(points, maxPoints));
        }
    }

    private static void ValidateOrder(ValueList<Band> bands, BandBound bound, string path, ValidationContext context)
    {
        var known = bands.Select((band, index) => (band, index)).Where(b => b.band.Threshold is not null || b.band.IsCatchAll);
        var ordered = BandOrder.FromNarrowest(known, b => b.band, bound).ToList();
        for (var k = 1; k < ordered.Count; k++)
        {
            var (narrower, looser) = (ordered[k - 1].band, ordered[k].band);
            var bandPath = $"{path}[{ordered[k].index}]";
            if (narrower.Threshold == looser.Threshold && narrower.Strict == looser.Strict)
            {
                context.Report(bandPath, looser.IsCatchAll ? ScoringMessages.SecondCatchAll()
                    : ScoringMessages.DuplicateThreshold(looser.Threshold!.Value));
            }
            else if (looser.Points is { } looserPoints && narrower.Points is { } narrowerPoints && looserPoints > narrowerPoints)
            {
                context.Report($"{bandPath}.{P.Points}", ScoringMessages.BandsNotMonotone(looserPoints, narrowerPoints));
            }
        }
    }
}
