using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary>Writes <c>null</c> for an unknown value, which is how the format marks it, and leaves optional fields out.</summary>
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

    /// <summary>What categories, criteria, parts and items all begin with: a code (or number) and the two names.</summary>
    public static void WriteIdentity(this Utf8JsonWriter writer, string idName, string id, string? nameVi, string? nameEn)
    {
        writer.WriteString(idName, id);
        writer.WriteString(FormatPropertyNames.NameVi, nameVi);
        writer.WriteString(FormatPropertyNames.NameEn, nameEn);
    }

    /// <summary>An optional field is written only when it has a value, as a hand-written file would.</summary>
    public static void WriteOptionalString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    /// <summary>An array, or <c>null</c> when the list is unknown.</summary>
    public static void WriteNullableList<T>(this Utf8JsonWriter writer, string name, IReadOnlyList<T>? list, Action<Utf8JsonWriter, T> writeOne)
    {
        if (list is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartArray(name);
        foreach (var element in list)
        {
            writeOne(writer, element);
        }
        writer.WriteEndArray();
    }
}
