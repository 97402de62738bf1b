using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary>Writes results in the "Result shape" of the format page: exactly those properties, in that order.</summary>
public static class ScoreResultJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Vietnamese reasons must stay readable: no \uXXXX escapes for letters with diacritics.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One result (or error) per entry; an array when the inputs file held an array.</summary>
    public static string ToJson(IReadOnlyList<ScoreOutcome> outcomes, bool asArray)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            if (asArray) writer.WriteStartArray();
            foreach (var outcome in outcomes)
            {
                if (outcome.Result is { } result) Write(writer, result);
                else WriteError(writer, outcome.Error ?? "");
            }
            if (asArray) writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, ScoreResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("standard", result.Standard);
        writer.WriteString("category", result.Category);
        writer.WriteNumber("total", result.Total);
        writer.WriteNullableNumber("maxTotal", result.MaxTotal);
        writer.WriteNullableNumber("minTotal", result.MinTotal);
        writer.WriteStartArray("criteria");
        foreach (var criterion in result.Criteria)
        {
            writer.WriteStartObject();
            writer.WriteString("no", criterion.No);
            writer.WriteNullableNumber("points", criterion.Points);
            writer.WriteNullableNumber("maxPoints", criterion.MaxPoints);
            writer.WriteNullableBoolean("achieved", criterion.Achieved);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("verdict", result.Verdict.ToName());
        WriteStrings(writer, "reasons", result.Reasons);
        WriteStrings(writer, "missing", result.Missing);
        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, string message)
    {
        writer.WriteStartObject();
        writer.WriteString("error", message);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }
}
