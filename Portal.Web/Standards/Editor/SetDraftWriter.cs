using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Workflows.Scoring;
using F = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Web.Standards;

/// <summary>
/// Writes a <see cref="SetDraft"/> in the file format, in the order of the format page: unknown values as <c>null</c>,
/// <c>achievedAt</c> only when stated, only the definition fields of the chosen kind, and each band with <c>min</c> or
/// <c>max</c> by the direction.
/// </summary>
internal static class SetDraftWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Vietnamese names stay readable instead of becoming \uXXXX escapes, as in the exporter.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SetDraft set)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteNumber(F.Format, set.Format);
            w.WriteString(F.Code, set.Code);
            w.WriteString(F.TitleVi, set.TitleVi);
            w.WriteString(F.TitleEn, set.TitleEn);
            w.WriteString(F.Basis, set.Basis);
            w.WriteBoolean(F.Illustrative, set.Illustrative);
            w.WriteBoolean(F.Complete, set.Complete);
            Number(w, F.TotalPoints, set.TotalPoints);
            List(w, F.Categories, set.Categories, WriteCategory);
            w.WriteStartObject(F.PassRules);
            Bool(w, F.NoZeroCriterion, set.NoZeroCriterion);
            Bool(w, F.AllCriteriaAchieved, set.AllCriteriaAchieved);
            w.WriteEndObject();
            List(w, F.Criteria, set.Criteria, WriteCriterion);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteCategory(Utf8JsonWriter w, CategoryDraft category)
    {
        w.WriteString(F.Code, category.Code);
        w.WriteString(F.NameVi, category.NameVi);
        w.WriteString(F.NameEn, category.NameEn);
        Number(w, F.MinTotal, category.MinTotal);
    }

    private static void WriteCriterion(Utf8JsonWriter w, CriterionDraft criterion)
    {
        w.WriteString(F.No, criterion.No);
        WriteNamesAndMax(w, criterion);
        if (criterion.HasAchievedAt) Number(w, F.AchievedAt, criterion.AchievedAt);
        WriteKind(w, criterion);
    }

    private static void WritePart(Utf8JsonWriter w, PartDraft part)
    {
        w.WriteString(F.Code, part.Code);
        WriteNamesAndMax(w, part);
        WriteKind(w, part);
    }

    private static void WriteNamesAndMax(Utf8JsonWriter w, ScoredDraft draft)
    {
        w.WriteString(F.NameVi, draft.NameVi);
        w.WriteString(F.NameEn, draft.NameEn);
        Number(w, F.MaxPoints, draft.MaxPoints);
    }

    private static void WriteKind(Utf8JsonWriter w, ScoredDraft draft)
    {
        w.WriteString(F.Kind, draft.Kind);
        switch (draft.Kind)
        {
            case CriterionKinds.Rate:
                Bool(w, F.HigherIsBetter, draft.HigherIsBetter);
                w.WriteString(F.WhenNoCases, draft.WhenNoCases);
                WriteBands(w, draft);
                break;
            case CriterionKinds.Count:
                Bool(w, F.HigherIsBetter, draft.HigherIsBetter);
                WriteBands(w, draft);
                break;
            case CriterionKinds.Checklist:
                List(w, F.Items, draft.Items, WriteItem);
                break;
            case CriterionKinds.Parts:
                List(w, F.Parts, draft.Parts, WritePart);
                break;
        }
    }

    private static void WriteBands(Utf8JsonWriter w, ScoredDraft draft)
    {
        // With the direction known every band takes its bound; unknown, each keeps the bound it was read with.
        var bound = draft.HigherIsBetter is null ? (BandBound?)null : draft.BandBound;
        List(w, F.Bands, draft.Bands, (writer, band) =>
        {
            Number(writer, (bound ?? band.Bound) == BandBound.Min ? F.Min : F.Max, band.Threshold);
            Number(writer, F.Points, band.Points);
        });
    }

    private static void WriteItem(Utf8JsonWriter w, ItemDraft item)
    {
        w.WriteString(F.Code, item.Code);
        w.WriteString(F.NameVi, item.NameVi);
        w.WriteString(F.NameEn, item.NameEn);
        Number(w, F.Points, item.Points);
    }

    /// <summary>An array of objects, or <c>null</c> when the list is unknown.</summary>
    private static void List<T>(Utf8JsonWriter w, string name, List<T>? list, Action<Utf8JsonWriter, T> writeFields)
    {
        if (list is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartArray(name);
        foreach (var element in list)
        {
            w.WriteStartObject();
            writeFields(w, element);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number) w.WriteNumber(name, number);
        else w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } number) w.WriteNumber(name, number);
        else w.WriteNull(name);
    }

    private static void Bool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } flag) w.WriteBoolean(name, flag);
        else w.WriteNull(name);
    }
}
