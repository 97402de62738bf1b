using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Writes a set back in the file format, so that load → export → load gives an equal set. Unknown values are written
/// as <c>null</c>; <c>achievedAt</c> is written only when it differs from the default, as a hand-written file would.
/// </summary>
public static class StandardSetExporter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Vietnamese names stay readable in the file instead of becoming \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(StandardSet set)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, set);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, StandardSet set)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(set);
        writer.WriteStartObject();
        writer.WriteNumber(P.Format, set.Format);
        writer.WriteString(P.Code, set.Code);
        writer.WriteString(P.TitleVi, set.TitleVi);
        writer.WriteString(P.TitleEn, set.TitleEn);
        writer.WriteString(P.Basis, set.Basis);
        writer.WriteBoolean(P.Illustrative, set.Illustrative);
        writer.WriteBoolean(P.Complete, set.Complete);
        writer.WriteNullableNumber(P.TotalPoints, set.TotalPoints);
        writer.WriteStartArray(P.Categories);
        foreach (var category in set.Categories)
        {
            writer.WriteStartObject();
            writer.WriteString(P.Code, category.Code);
            writer.WriteString(P.NameVi, category.NameVi);
            writer.WriteString(P.NameEn, category.NameEn);
            writer.WriteNullableNumber(P.MinTotal, category.MinTotal);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject(P.PassRules);
        writer.WriteNullableBoolean(P.NoZeroCriterion, set.PassRules.NoZeroCriterion);
        writer.WriteNullableBoolean(P.AllCriteriaAchieved, set.PassRules.AllCriteriaAchieved);
        writer.WriteEndObject();
        writer.WriteStartArray(P.Criteria);
        foreach (var criterion in set.Criteria)
        {
            CriterionWriter.WriteCriterion(writer, criterion);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
