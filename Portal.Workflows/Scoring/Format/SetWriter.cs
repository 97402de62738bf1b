using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Writes a set in the file format, so that read → write → read gives an equal set. Unknown values are written as
/// <c>null</c>; optional fields (<c>achievedAt</c> at its default, <c>evaluationYears</c>, labels, <c>strict</c>) only
/// when set, as a hand-written file would.
/// </summary>
internal static class SetWriter
{
    public static void Write(Utf8JsonWriter writer, StandardSet set)
    {
        writer.WriteStartObject();
        writer.WriteNumber(P.Format, set.Format);
        writer.WriteString(P.Code, set.Code);
        writer.WriteString(P.TitleVi, set.TitleVi);
        writer.WriteString(P.TitleEn, set.TitleEn);
        writer.WriteString(P.Basis, set.Basis);
        writer.WriteBoolean(P.Illustrative, set.Illustrative);
        writer.WriteBoolean(P.Complete, set.Complete);
        writer.WriteNullableNumber(P.TotalPoints, set.TotalPoints);
        if (set.EvaluationYears is { } years) writer.WriteNullableList(P.EvaluationYears, years, (w, year) => w.WriteNumberValue(year));
        if (set.LegalBasis is { } basis)
        {
            writer.WriteStartObject(P.LegalBasis);
            writer.WriteString(P.BasisKind, basis.Kind);
            writer.WriteString(P.BasisNumber, basis.Number);
            writer.WriteString(P.BasisDate, basis.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString(P.BasisIssuer, basis.Issuer);
            writer.WriteString(P.BasisSubject, basis.Subject);
            writer.WriteEndObject();
        }
        writer.WriteNullableList(P.Categories, set.Categories, (w, category) =>
        {
            w.WriteStartObject();
            w.WriteIdentity(P.Code, category.Code, category.NameVi, category.NameEn);
            w.WriteNullableNumber(P.MinTotal, category.MinTotal);
            w.WriteEndObject();
        });
        writer.WriteStartObject(P.PassRules);
        writer.WriteNullableBoolean(P.NoZeroCriterion, set.PassRules.NoZeroCriterion);
        writer.WriteNullableBoolean(P.AllCriteriaAchieved, set.PassRules.AllCriteriaAchieved);
        writer.WriteEndObject();
        writer.WriteNullableList(P.Criteria, set.Criteria, CriterionFormat.WriteCriterion);
        writer.WriteEndObject();
    }
}
