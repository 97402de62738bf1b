namespace Portal.Workflows.Scoring;

/// <summary>
/// Checks the bands of a rate or count: the property each band uses matches the direction, thresholds are in range and
/// distinct, points lie in 0..maxPoints, and a stricter band never gives fewer points than a looser one (without that,
/// a better result could score less, which no standard intends).
/// </summary>
internal static class BandsValidator
{
    public static void Validate(
        bool? higherIsBetter, ValueList<Band>? bands, int? maxPoints, bool isRate, string path, ValidationContext context)
    {
        context.RequireKnown(higherIsBetter, $"{path}.higherIsBetter");
        context.RequireKnown(bands, $"{path}.bands");
        if (bands is null) return;
        if (bands.Count == 0) context.Report($"{path}.bands", ScoringMessages.EmptyList());
        var expected = higherIsBetter switch
        {
            true => BandBound.Min,
            false => BandBound.Max,
            null => bands.FirstOrDefault()?.Bound ?? BandBound.Min,
        };
        for (var j = 0; j < bands.Count; j++)
        {
            ValidateBand(bands[j], expected, higherIsBetter is null, maxPoints, isRate, $"{path}.bands[{j}]", context);
        }
        if (bands.All(b => b.Bound == expected)) ValidateOrder(bands, expected, $"{path}.bands", context);
    }

    private static void ValidateBand(
        Band band, BandBound expected, bool directionUnknown, int? maxPoints, bool isRate, string path, ValidationContext context)
    {
        var boundName = band.Bound == BandBound.Min ? "min" : "max";
        if (band.Bound != expected)
        {
            context.Report(path, directionUnknown ? ScoringMessages.MixedBandBounds()
                : expected == BandBound.Min ? ScoringMessages.HigherBandNeedsMin() : ScoringMessages.LowerBandNeedsMax());
        }
        // A null max is the catch-all, so only a null min stands for an unknown threshold.
        if (band.Bound == BandBound.Min) context.RequireKnown(band.Threshold, $"{path}.min");
        if (band.Threshold is { } threshold && (threshold < 0 || (isRate && threshold > 100)))
        {
            context.Report($"{path}.{boundName}", isRate ? ScoringMessages.RateThresholdOutOfRange(threshold)
                : ScoringMessages.CountThresholdNegative(threshold));
        }
        context.RequireKnown(band.Points, $"{path}.points");
        if (band.Points is { } points && (points < 0 || points > maxPoints))
        {
            context.Report($"{path}.points", ScoringMessages.BandPointsOutOfRange(points, maxPoints));
        }
    }

    private static void ValidateOrder(ValueList<Band> bands, BandBound bound, string path, ValidationContext context)
    {
        // Order from strictest to loosest: greatest min first, or smallest max first with the catch-all last.
        var ordered = bands.Select((band, index) => (band, index))
            .Where(b => b.band.Threshold is not null || b.band.IsCatchAll)
            .OrderBy(b => bound == BandBound.Min ? -b.band.Threshold!.Value : b.band.Threshold ?? decimal.MaxValue)
            .ToList();
        for (var k = 1; k < ordered.Count; k++)
        {
            var (stricter, looser) = (ordered[k - 1].band, ordered[k].band);
            var bandPath = $"{path}[{ordered[k].index}]";
            if (stricter.Threshold == looser.Threshold)
            {
                context.Report(bandPath, looser.IsCatchAll ? ScoringMessages.SecondCatchAll()
                    : ScoringMessages.DuplicateThreshold(looser.Threshold!.Value));
            }
            else if (looser.Points is { } looserPoints && stricter.Points is { } stricterPoints && looserPoints > stricterPoints)
            {
                context.Report($"{bandPath}.points", ScoringMessages.BandsNotMonotone(looserPoints, stricterPoints));
            }
        }
    }
}
