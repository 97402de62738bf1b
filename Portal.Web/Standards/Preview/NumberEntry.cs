using System.Globalization;
using Portal.Workflows.Scoring;

namespace Portal.Web.Standards.Preview;

/// <summary>
/// One number field as typed: <see cref="Text"/> stays exactly what the person typed (never rewritten or cleared),
/// <see cref="Value"/> is read from it by <see cref="TypedNumber"/>, or <see cref="Error"/> says why it cannot be.
/// </summary>
public sealed class NumberEntry
{
    public string Text { get; private set; } = "";

    public long? Value { get; private set; }

    public string? Error { get; private set; }

    /// <summary>A stored value, shown as the reader's culture writes it (1.100 in Vietnamese).</summary>
    public static NumberEntry Showing(long? value) =>
        new() { Value = value, Text = value is { } v ? TypedNumber.Show(v, CultureInfo.CurrentCulture) : "" };

    /// <summary>Takes what the person typed: every field here counts cases, so only whole numbers are accepted.</summary>
    public void Type(string? text)
    {
        Text = text ?? "";
        var read = TypedNumber.Parse(Text, wholeNumber: true, CultureInfo.CurrentCulture);
        (Value, Error) = (read.WholeValue, read.Error);
    }
}
