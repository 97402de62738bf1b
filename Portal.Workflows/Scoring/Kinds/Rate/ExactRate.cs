using System.Numerics;

namespace Portal.Workflows.Scoring;

/// <summary>
/// The rate 100 × numerator / denominator kept as the two whole numbers, never as a rounded quotient.
/// "rate ≥ min" is decided as numerator × 100 ≥ min × denominator. The threshold is a decimal, i.e. exactly
/// mantissa / 10^scale, so both sides are compared as whole numbers (BigInteger): decimal multiplication itself
/// rounds once a product passes 28 digits, and that must never decide a band.
/// </summary>
public readonly record struct ExactRate
{
    public ExactRate(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        Numerator = numerator;
        Denominator = denominator;
    }

    public long Numerator { get; }

    public long Denominator { get; }

    /// <summary>For display only: the percentage rounded half away from zero to two decimals.</summary>
    public decimal DisplayPercent => Math.Round(100m * Numerator / Denominator, 2, MidpointRounding.AwayFromZero);

    /// <summary>The displayed percentage of what a person has typed so far, or null while it is not a rate yet.</summary>
    public static decimal? DisplayPercentOf(long? numerator, long? denominator) =>
        numerator is >= 0 && denominator is > 0 ? new ExactRate(numerator.Value, denominator.Value).DisplayPercent : null;

    /// <summary>The sign of (rate − <paramref name="percent"/>), computed exactly.</summary>
    public int CompareTo(decimal percent)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(percent, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (bits[3] < 0) mantissa = -mantissa;
        var scale = (bits[3] >> 16) & 0xFF;
        // 100·n/d  vs  m/10^s   ⇔   100·n·10^s  vs  m·d   (d > 0 and 10^s > 0 keep the direction)
        var rateSide = 100 * new BigInteger(Numerator) * BigInteger.Pow(10, scale);
        var thresholdSide = mantissa * Denominator;
        return rateSide.CompareTo(thresholdSide);
    }
}
