namespace Portal.Workflows.Scoring;

/// <summary>
/// One band of a rate or count. A <see cref="BandBound.Min"/> band (higher is better) is reached when value ≥ threshold;
/// a <see cref="BandBound.Max"/> band (lower is better) when value ≤ threshold, and a <c>null</c> max is the catch-all.
/// <see cref="Strict"/> excludes the bound (value &gt; min, value &lt; max) for texts that say "trên" or "dưới".
/// A <c>null</c> min or points means "unknown" (incomplete sets only).
/// </summary>
public sealed record Band(BandBound Bound, decimal? Threshold, int? Points)
{
    /// <summary><c>"strict": true</c> in the file: the threshold itself does not reach the band.</summary>
    public bool Strict { get; init; }

    public static Band Min(decimal? min, int? points) => new(BandBound.Min, min, points);

    public static Band Max(decimal? max, int? points) => new(BandBound.Max, max, points);

    /// <summary>"trên <paramref name="min"/>": value &gt; min.</summary>
    public static Band Above(decimal? min, int? points) => Min(min, points) with { Strict = true };

    /// <summary>"dưới <paramref name="max"/>": value &lt; max.</summary>
    public static Band Below(decimal? max, int? points) => Max(max, points) with { Strict = true };

    public bool IsCatchAll => Bound == BandBound.Max && Threshold is null;

    /// <summary>Whether a value reaches this band; <paramref name="compareValueTo"/> gives the sign of (value − threshold).</summary>
    internal bool IsReachedBy(Func<decimal, int> compareValueTo)
    {
        if (IsCatchAll) return true;
        if (Threshold is not { } threshold) return false;
        var sign = compareValueTo(threshold);
        return Bound == BandBound.Min ? (Strict ? sign > 0 : sign >= 0) : (Strict ? sign < 0 : sign <= 0);
    }
}
