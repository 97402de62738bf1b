using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>Writes criteria, parts and their definition fields in the file format.</summary>
internal static class CriterionWriter
{
    public static void WriteCriterion(Utf8JsonWriter writer, Criterion criterion)
    {
        writer.WriteStartObject();
        writer.WriteString(P.No, criterion.No);
        writer.WriteString(P.NameVi, criterion.NameVi);
        writer.WriteString(P.NameEn, criterion.NameEn);
        writer.WriteNullableNumber(P.MaxPoints, criterion.MaxPoints);
        if (criterion.AchievedAt != Criterion.DefaultAchievedAt)
        {
            writer.WriteNullableNumber(P.AchievedAt, criterion.AchievedAt);
        }
        WriteKindAndRule(writer, criterion.Rule);
        writer.WriteEndObject();
    }

    private static void WritePart(Utf8JsonWriter writer, CriterionPart part)
    {
        writer.WriteStartObject();
        writer.WriteString(P.Code, part.Code);
        writer.WriteString(P.NameVi, part.NameVi);
        writer.WriteString(P.NameEn, part.NameEn);
        writer.WriteNullableNumber(P.MaxPoints, part.MaxPoints);
        WriteKindAndRule(writer, part.Rule);
        writer.WriteEndObject();
    }

    private static void WriteKindAndRule(Utf8JsonWriter writer, ScoringRule? rule)
    {
        writer.WriteString(P.Kind, rule?.Kind);
        switch (rule)
        {
            case RateRule rate:
                writer.WriteNullableBoolean(P.HigherIsBetter, rate.HigherIsBetter);
                writer.WriteString(P.WhenNoCases, rate.WhenNoCases?.ToName());
                WriteBands(writer, rate.Bands);
                break;
            case CountRule count:
                writer.WriteNullableBoolean(P.HigherIsBetter, count.HigherIsBetter);
                WriteBands(writer, count.Bands);
                break;
            case ChecklistRule checklist:
                WriteList(writer, P.Items, checklist.Items, WriteItem);
                break;
            case PartsRule parts:
                WriteList(writer, P.Parts, parts.Parts, WritePart);
                break;
        }
    }

    private static void WriteBands(Utf8JsonWriter writer, ValueList<Band>? bands) =>
        WriteList(writer, P.Bands, bands, (w, band) =>
        {
            w.WriteStartObject();
            if (band.Bound == BandBound.Min) w.WriteNullableNumber(P.Min, band.Threshold);
            else w.WriteNullableNumber(P.Max, band.Threshold);
            w.WriteNullableNumber(P.Points, band.Points);
            w.WriteEndObject();
        });

    private static void WriteItem(Utf8JsonWriter writer, ChecklistItem item)
    {
        writer.WriteStartObject();
        writer.WriteString(P.Code, item.Code);
        writer.WriteString(P.NameVi, item.NameVi);
        writer.WriteString(P.NameEn, item.NameEn);
        writer.WriteNullableNumber(P.Points, item.Points);
        writer.WriteEndObject();
    }

    private static void WriteList<T>(Utf8JsonWriter writer, string name, ValueList<T>? list, Action<Utf8JsonWriter, T> writeOne)
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
