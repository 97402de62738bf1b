namespace Portal.Workflows.Scoring;

/// <summary>
/// One band of a rate or count. A <see cref="BandBound.Min"/> band (higher is better) is reached when value ≥ threshold;
/// a <see cref="BandBound.Max"/> band (lower is better) when value ≤ threshold, and a <c>null</c> max is the catch-all.
/// A <c>null</c> min or points means "unknown" (incomplete sets only).
/// </summary>
public sealed record Band(BandBound Bound, decimal? Threshold, int? Points)
{
    public static Band Min(decimal? min, int? points) => new(BandBound.Min, min, points);

    public static Band Max(decimal? max, int? points) => new(BandBound.Max, max, points);

    public bool IsCatchAll => Bound == BandBound.Max && Threshold is null;
}
