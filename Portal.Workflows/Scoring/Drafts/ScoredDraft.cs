namespace Portal.Workflows.Scoring;

/// <summary>
/// What a criterion and a part share in the editor: names, maxPoints, the kind and the definition fields of every
/// kind. Only the chosen kind's fields reach the set (its <see cref="ScoringKind"/> maps them), so the others survive a
/// change of kind and come back if it is changed back.
/// </summary>
public abstract class ScoredDraft
{
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public int? MaxPoints { get; set; }

    /// <summary>One of <see cref="CriterionKinds.All"/>, or <c>null</c> when unknown.</summary>
    public string? Kind { get; set; }

    /// <summary>rate, count: <c>true</c> → bands use <c>min</c>; <c>false</c> → <c>max</c>; <c>null</c> unknown.</summary>
    public bool? HigherIsBetter { get; set; }

    /// <summary>rate: "full", "zero", "invalid" or <c>null</c> (unknown). A file without it means "invalid".</summary>
    public string? WhenNoCases { get; set; } = NoCasesPolicyNames.Invalid;

    /// <summary>rate: what the numerator and denominator count, shown as the input labels; <c>null</c> when not given.</summary>
    public string? NumeratorVi { get; set; }
    public string? NumeratorEn { get; set; }
    public string? DenominatorVi { get; set; }
    public string? DenominatorEn { get; set; }

    public List<BandDraft>? Bands { get; set; }
    public List<ItemDraft>? Items { get; set; }
    public List<PartDraft>? Parts { get; set; }

    public bool UsesBands => Kind is CriterionKinds.Rate or CriterionKinds.Count;

    /// <summary>Switches the kind; the new kind's list starts empty (ready for rows) if it was never set.</summary>
    public void ChangeKind(string? kind)
    {
        Kind = kind;
        switch (kind)
        {
            case CriterionKinds.Rate or CriterionKinds.Count: Bands ??= []; break;
            case CriterionKinds.Checklist: Items ??= []; break;
            case CriterionKinds.Parts: Parts ??= []; break;
        }
    }

    /// <summary>Sets the direction and turns every band to the bound it implies (min or max).</summary>
    public void ChangeDirection(bool? higherIsBetter)
    {
        HigherIsBetter = higherIsBetter;
        if (higherIsBetter is not { } higher || Bands is null) return;
        foreach (var band in Bands)
        {
            band.Bound = higher ? BandBound.Min : BandBound.Max;
        }
    }

    /// <summary>The bound a new or written band uses: the direction's, or when that is unknown, the existing bands'.</summary>
    public BandBound BandBound => HigherIsBetter switch
    {
        true => BandBound.Min,
        false => BandBound.Max,
        null => Bands?.FirstOrDefault()?.Bound ?? BandBound.Min,
    };

    /// <summary>
    /// Adds a band with the direction's bound. Its min is left unknown; a max cannot be (null is the catch-all), so it
    /// starts at 0, and the catch-all is a deliberate choice.
    /// </summary>
    public BandDraft AddBand()
    {
        Bands ??= [];
        var band = new BandDraft { Bound = BandBound, Threshold = BandBound == BandBound.Max ? 0m : null };
        Bands.Add(band);
        return band;
    }

    public ItemDraft AddItem()
    {
        Items ??= [];
        var item = new ItemDraft();
        Items.Add(item);
        return item;
    }

    public PartDraft AddPart()
    {
        Parts ??= [];
        var part = new PartDraft();
        Parts.Add(part);
        return part;
    }
}

/// <summary>A criterion: <see cref="No"/> ("1".."15") and <c>achievedAt</c> beside the shared fields.</summary>
public sealed class CriterionDraft : ScoredDraft
{
    public string No { get; set; } = "";

    /// <summary>Whether the set states <c>achievedAt</c>; when not, the format's default applies (more than 0 points).</summary>
    public bool HasAchievedAt { get; set; }

    /// <summary>The stated <c>achievedAt</c> (only used when <see cref="HasAchievedAt"/>); <c>null</c> is unknown.</summary>
    public int? AchievedAt { get; set; }
}
