using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary><c>parts</c>: sub-criteria, each with its own kind (any but parts), in the file, the validator, the engine and the draft.</summary>
internal sealed class PartsKind : ScoringKind<PartsRule>
{
    public override string Name => CriterionKinds.Parts;

    public override IReadOnlySet<string> DefinitionFields { get; } = new HashSet<string> { P.Parts };

    public override IReadOnlySet<string> InputFields { get; } = new HashSet<string> { InputFieldNames.Parts };

    public override ScoringRule Read(JsonObjectReader reader, List<SetProblem> problems) =>
        new PartsRule(reader.List(P.Parts, problems, CriterionFormat.ReadPart));

    protected override void WriteDefinition(Utf8JsonWriter writer, PartsRule rule) =>
        writer.WriteNullableList(P.Parts, rule.Parts, CriterionFormat.WritePart);

    protected override void ValidateDefinition(PartsRule rule, RuleSite site, ValidationContext context)
    {
        if (site.IsPart)
        {
            context.Report(site.PathOf(P.Kind), ScoringMessages.PartOfKindParts());
            return;
        }
        var path = site.PathOf(P.Parts);
        context.RequireKnown(rule.Parts, path);
        if (rule.Parts is not { } parts) return;
        if (parts.Count == 0) context.Report(path, ScoringMessages.EmptyList());
        for (var k = 0; k < parts.Count; k++)
        {
            CriterionValidator.ValidatePart(parts[k], site.Part(parts[k], k), context);
        }
        PointsSum.Check(parts.Select(p => p.MaxPoints).ToList(), site.MaxPoints, path, context, ScoringMessages.PartsSumMismatch);
    }

    protected override RuleOutcome ScoreInput(PartsRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet) =>
        PartsScorer.Score(rule, site, input, sheet);

    protected override void ListUnknownsOf(PartsRule rule, RuleSite site, CriterionInput? input, MissingList missing)
    {
        missing.AddIfNull(rule.Parts, site.Owner, site.PathOf(P.Parts));
        for (var k = 0; k < (rule.Parts?.Count ?? 0); k++)
        {
            var part = rule.Parts![k];
            var partSite = site.Part(part, k);
            var partInput = input?.Parts?.GetValueOrDefault(part.Code);
            missing.AddIfNull(part.MaxPoints, partSite.Owner, partSite.PathOf(P.MaxPoints));
            missing.AddIfNull(part.Rule, partSite.Owner, partSite.PathOf(P.Kind));
            if (part.Rule is { } partRule) ScoringKinds.Of(partRule).ListUnknowns(partRule, partSite, partInput, missing);
            // With the criterion answered, a part left out is missing like a criterion without input.
            if (input?.Parts is not null && partInput is null) missing.Add(ScoringMessages.NoInput(partSite.Subject));
        }
    }

    protected override PartsRule ReadDraft(ScoredDraft draft) =>
        new(draft.Parts is null ? null : new ValueList<CriterionPart>(draft.Parts.Select(p =>
            new CriterionPart(p.Code, p.NameVi, p.NameEn, p.MaxPoints, ScoringKinds.RuleOf(p)))));

    protected override void WriteDraft(PartsRule rule, ScoredDraft draft) =>
        draft.Parts = rule.Parts?.Select(p =>
        {
            var part = new PartDraft { Code = p.Code, NameVi = p.NameVi, NameEn = p.NameEn, MaxPoints = p.MaxPoints };
            ScoringKinds.FillDraft(p.Rule, part);
            return part;
        }).ToList();
}
