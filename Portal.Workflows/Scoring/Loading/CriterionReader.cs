using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>Maps a criterion or a part: the common fields, then the kind and its definition fields.</summary>
internal static class CriterionReader
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

    private static ScoringRule? ReadKindAndRule(
        JsonObjectReader reader, IReadOnlySet<string> commonFields, List<SetProblem> problems, bool isPart)
    {
        var kind = reader.String(P.Kind);
        if (kind is null)
        {
            // With the kind unknown, definition fields cannot be read: say so rather than guess their meaning.
            reader.RejectOthers(commonFields, name => P.DefinitionFields.Contains(name)
                ? ScoringMessages.DefinitionFieldWithoutKind(name)
                : ScoringMessages.UnknownProperty(name));
            return null;
        }
        if (!CriterionKinds.All.Contains(kind))
        {
            reader.Report(P.Kind, ScoringMessages.UnknownKind(kind));
            reader.RejectOthers(commonFields.Union(P.DefinitionFields).ToHashSet(), ScoringMessages.UnknownProperty);
            return null;
        }
        if (isPart && kind == CriterionKinds.Parts)
        {
            reader.Report(P.Kind, ScoringMessages.PartOfKindParts());
        }
        var allowed = commonFields.Union(P.DefinitionFieldsOf(kind)).ToHashSet();
        reader.RejectOthers(allowed, name => P.DefinitionFields.Contains(name)
            ? ScoringMessages.DefinitionFieldNotForKind(name, kind)
            : ScoringMessages.UnknownProperty(name));
        return RuleReader.Read(reader, kind, problems);
    }
}
