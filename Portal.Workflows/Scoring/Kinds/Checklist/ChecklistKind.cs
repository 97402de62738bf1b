using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary><c>checklist</c>: its items in the file, the validator, the engine and the editor's draft.</summary>
internal sealed class ChecklistKind : ScoringKind<ChecklistRule>
{
    private static readonly IReadOnlySet<string> ItemFields = new HashSet<string> { P.Code, P.NameVi, P.NameEn, P.Points };

    public override string Name => CriterionKinds.Checklist;

    public override IReadOnlySet<string> DefinitionFields { get; } = new HashSet<string> { P.Items };

    public override IReadOnlySet<string> InputFields { get; } = new HashSet<string> { InputFieldNames.Items };

    public override ScoringRule Read(JsonObjectReader reader, List<SetProblem> problems) =>
        new ChecklistRule(reader.List(P.Items, problems, ReadItem));

    protected override void WriteDefinition(Utf8JsonWriter writer, ChecklistRule rule) =>
        writer.WriteNullableList(P.Items, rule.Items, (w, item) =>
        {
            w.WriteStartObject();
            w.WriteIdentity(P.Code, item.Code, item.NameVi, item.NameEn);
            w.WriteNullableNumber(P.Points, item.Points);
            w.WriteEndObject();
        });

    protected override void ValidateDefinition(ChecklistRule rule, RuleSite site, ValidationContext context)
    {
        var path = site.PathOf(P.Items);
        context.RequireKnown(rule.Items, path);
        if (rule.Items is not { } items) return;
        if (items.Count == 0) context.Report(path, ScoringMessages.EmptyList());
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            context.RegisterCode(item.Code, $"{path}[{k}].{P.Code}");
            context.RequireKnown(item.NameVi, $"{path}[{k}].{P.NameVi}");
            context.RequireKnown(item.NameEn, $"{path}[{k}].{P.NameEn}");
            context.RequireKnown(item.Points, $"{path}[{k}].{P.Points}");
            context.RequireNonNegative(item.Points, $"{path}[{k}].{P.Points}");
        }
        PointsSum.Check(items.Select(i => i.Points).ToList(), site.MaxPoints, path, context, ScoringMessages.ItemPointsSumMismatch);
    }

    protected override RuleOutcome ScoreInput(ChecklistRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet) =>
        ChecklistScorer.Score(rule, site, input, sheet);

    protected override void ListUnknownsOf(ChecklistRule rule, RuleSite site, CriterionInput? input, MissingList missing) =>
        missing.AddIfNull(rule.Items, site.Owner, site.PathOf(P.Items));

    protected override ChecklistRule ReadDraft(ScoredDraft draft) =>
        new(draft.Items is null ? null : new ValueList<ChecklistItem>(draft.Items.Select(i => new ChecklistItem(i.Code, i.NameVi, i.NameEn, i.Points))));

    protected override void WriteDraft(ChecklistRule rule, ScoredDraft draft) =>
        draft.Items = rule.Items?.Select(i => new ItemDraft { Code = i.Code, NameVi = i.NameVi, NameEn = i.NameEn, Points = i.Points }).ToList();

    private static ChecklistItem? ReadItem(JsonElement element, string path, List<SetProblem> problems)
    {
        var item = JsonObjectReader.Open(element, path, problems);
        if (item is null) return null;
        item.RejectOthers(ItemFields, ScoringMessages.UnknownProperty);
        return new ChecklistItem(item.String(P.Code, nullable: false) ?? "", item.String(P.NameVi), item.String(P.NameEn), item.Int(P.Points));
    }
}
