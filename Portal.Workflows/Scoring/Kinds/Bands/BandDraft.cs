namespace Portal.Workflows.Scoring;

/// <summary>
/// A band as the editor changes it. <see cref="Threshold"/> is the <c>min</c> or <c>max</c> by <see cref="Bound"/>;
/// a <c>null</c> max is the catch-all, a <c>null</c> min is unknown.
/// </summary>
public sealed class BandDraft
{
    public BandBound Bound { get; set; }
    public decimal? Threshold { get; set; }
    public bool Strict { get; set; }
    public int? Points { get; set; }

    public bool IsCatchAll => Bound == BandBound.Max && Threshold is null;

    internal static List<BandDraft>? From(ValueList<Band>? bands) =>
        bands?.Select(b => new BandDraft { Bound = b.Bound, Threshold = b.Threshold, Strict = b.Strict, Points = b.Points }).ToList();

    /// <summary>With the direction known every band takes its bound; unknown, each keeps the bound it was read with.</summary>
    internal static ValueList<Band>? ToBands(ScoredDraft draft) =>
        draft.Bands is null ? null : new ValueList<Band>(draft.Bands.Select(b =>
            new Band(draft.HigherIsBetter is null ? b.Bound : draft.BandBound, b.Threshold, b.Points) { Strict = b.Strict }));
}
