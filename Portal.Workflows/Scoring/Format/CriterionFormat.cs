using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Reads and writes a criterion or a part: the common fields here, then the kind, whose own fields its
/// <see cref="ScoringKind"/> reads and writes.
/// </summary>
internal static class CriterionFormat
{
    public static Criterion? ReadCriterion(JsonElement element, string path, List<SetProblem> problems)
    {
        var criterion = JsonObjectReader.Open(element, path, problems);
        if (criterion is null) return null;
        var no = criterion.String(P.No, nullable: false) ?? "";
        var nameVi = criterion.String(P.NameVi);
        var nameEn = criterion.String(P.NameEn);
        var maxPoints = criterion.Int(P.MaxPoints);
        // Absent means the format's default; an explicit null means "not known yet".
        var achievedAt = criterion.Has(P.AchievedAt) ? criterion.Int(P.AchievedAt) : Criterion.DefaultAchievedAt;
        var rule = ReadKindAndRule(criterion, P.CriterionFields, problems, isPart: false);
        return new Criterion(no, nameVi, nameEn, maxPoints, achievedAt, rule);
    }

    public static CriterionPart? ReadPart(JsonElement element, string path, List<SetProblem> problems)
    {
        var part = JsonObjectReader.Open(element, path, problems);
        if (part is null) return null;
        var code = part.String(P.Code, nullable: false) ?? "";
        var nameVi = part.String(P.NameVi);
        var nameEn = part.String(P.NameEn);
        var maxPoints = part.Int(P.MaxPoints);
        var rule = ReadKindAndRule(part, P.PartFields, problems, isPart: true);
        return new CriterionPart(code, nameVi, nameEn, maxPoints, rule);
    }

    public static void WriteCriterion(Utf8JsonWriter writer, Criterion criterion)
    {
        writer.WriteStartObject();
        writer.WriteIdentity(P.No, criterion.No, criterion.NameVi, criterion.NameEn);
        writer.WriteNullableNumber(P.MaxPoints, criterion.MaxPoints);
        // Written only when it differs from the default, as a hand-written file would.
        if (criterion.AchievedAt != Criterion.DefaultAchievedAt) writer.WriteNullableNumber(P.AchievedAt, criterion.AchievedAt);
        WriteKindAndRule(writer, criterion.Rule);
        writer.WriteEndObject();
    }

    public static void WritePart(Utf8JsonWriter writer, CriterionPart part)
    {
        writer.WriteStartObject();
        writer.WriteIdentity(P.Code, part.Code, part.NameVi, part.NameEn);
        writer.WriteNullableNumber(P.MaxPoints, part.MaxPoints);
        WriteKindAndRule(writer, part.Rule);
        writer.WriteEndObject();
    }

    private static void WriteKindAndRule(Utf8JsonWriter writer, ScoringRule? rule)
    {
        writer.WriteString(P.Kind, rule?.Kind);
        if (rule is not null) ScoringKinds.Of(rule).Write(writer, rule);
    }

    private static ScoringRule? ReadKindAndRule(JsonObjectReader reader, IReadOnlySet<string> commonFields, List<SetProblem> problems, bool isPart)
    {
        var name = reader.String(P.Kind);
        if (name is null)
        {
            // With the kind unknown, definition fields cannot be read: say so rather than guess their meaning.
            reader.RejectOthers(commonFields, field => ScoringKinds.DefinitionFields.Contains(field)
                ? ScoringMessages.DefinitionFieldWithoutKind(field)
                : ScoringMessages.UnknownProperty(field));
            return null;
        }
        if (ScoringKinds.Find(name) is not { } kind)
        {
            reader.Report(P.Kind, ScoringMessages.UnknownKind(name));
            reader.RejectOthers(commonFields.Union(ScoringKinds.DefinitionFields).ToHashSet(), ScoringMessages.UnknownProperty);
            return null;
        }
        if (isPart && kind is PartsKind) reader.Report(P.Kind, ScoringMessages.PartOfKindParts());
        reader.RejectOthers(commonFields.Union(kind.DefinitionFields).ToHashSet(), field => ScoringKinds.DefinitionFields.Contains(field)
            ? ScoringMessages.DefinitionFieldNotForKind(field, name)
            : ScoringMessages.UnknownProperty(field));
        return kind.Read(reader, problems);
    }
}
