using System.Globalization;

namespace Portal.Workflows.Scoring;

/// <summary>
/// A number as a person types it for scoring, in the culture's own separators: in Vietnamese "1.100" is one thousand
/// one hundred and "12,5" twelve and a half. Digits and separators only: a sign, an exponent ("3e2"), letters or a
/// misplaced separator are refused with a message, never guessed at, and a typed value is never silently changed.
/// </summary>
public static class TypedNumber
{
    /// <summary>Reads <paramref name="text"/>; empty text is "nothing typed" (no value, no error).</summary>
    /// <param name="text">What the person typed.</param>
    /// <param name="wholeNumber">The field counts cases or points: a decimal part is refused.</param>
    /// <param name="culture">The reader's culture, which says which separator is the decimal one.</param>
    /// <param name="max">The largest value the field can hold (a count: <see cref="long.MaxValue"/>).</param>
    public static TypedNumberResult Parse(string? text, bool wholeNumber, CultureInfo culture, decimal max = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var typed = text?.Trim() ?? "";
        if (typed.Length == 0) return TypedNumberResult.Empty;
        var format = culture.NumberFormat;
        if (typed.StartsWith(format.NegativeSign, StringComparison.Ordinal) || typed[0] == '-' || typed[0] == '\u2212')
            return Refused("Number.Negative", typed);
        var (group, point) = (format.NumberGroupSeparator, format.NumberDecimalSeparator);
        var pieces = typed.Split(point);
        if (pieces.Length > 2 || !pieces.All(IsDigitsAndGroups(group)) || pieces.Any(p => p.Length == 0))
            return Refused("Number.NotANumber", typed);
        if (pieces.Length == 2 && pieces[1].Contains(group, StringComparison.Ordinal)) return Refused("Number.NotANumber", typed);
        var groups = pieces[0].Split(group);
        // "1.100" and "12.345.678" group thousands; "1.10" or "1100.000.0" cannot be thousands, so they are not guessed at.
        if (groups.Length > 1 && (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
            return Refused("Number.BadGrouping", typed);
        if (pieces.Length == 2 && wholeNumber) return Refused("Number.NeedsWhole", typed);
        var digits = string.Concat(groups) + (pieces.Length == 2 ? "." + pieces[1] : "");
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value > max)
            return Refused("Number.TooLarge", typed);
        return new TypedNumberResult(value, null);
    }

    /// <summary>A number as it is shown back in a field of the culture: 1100 → "1.100" in Vietnamese.</summary>
    public static string Show(decimal value, CultureInfo culture) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.############", culture);

    private static Func<string, bool> IsDigitsAndGroups(string group) =>
        piece => piece.Replace(group, "", StringComparison.Ordinal).All(char.IsAsciiDigit);

    private static TypedNumberResult Refused(string key, string typed) => new(null, ScoringMessages.Text(key, typed));
}

/// <summary>What was read from a typed number: the value, or why it was refused; neither when nothing was typed.</summary>
public readonly record struct TypedNumberResult(decimal? Value, string? Error)
{
    public static TypedNumberResult Empty => default;

    public bool IsEmpty => Value is null && Error is null;

    /// <summary>The value as a whole number (only meaningful when parsed with wholeNumber).</summary>
    public long? WholeValue => Value is { } v ? (long)v : null;
}
