using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary>Writes <c>null</c> for an unknown value, which is how the format marks it.</summary>
internal static class JsonWriterExtensions
{
    public static void WriteNullableNumber(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }

    public static void WriteNullableNumber(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }

    public static void WriteNullableBoolean(this Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag) writer.WriteBoolean(name, flag);
        else writer.WriteNull(name);
    }
}
