using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Scoring;

/// <summary><c>count</c>: points from bands on a whole number of cases; in the file, the validator, the engine and the draft.</summary>
internal sealed class CountKind : ScoringKind<CountRule>
{
    public override string Name => CriterionKinds.Count;

    public override IReadOnlySet<string> DefinitionFields { get; } = new HashSet<string> { P.HigherIsBetter, P.Bands };

    public override IReadOnlySet<string> InputFields { get; } = new HashSet<string> { InputFieldNames.Count };

    public override ScoringRule Read(JsonObjectReader reader, List<SetProblem> problems) =>
        new CountRule(reader.Bool(P.HigherIsBetter), BandsFormat.Read(reader, problems));

    protected override void WriteDefinition(Utf8JsonWriter writer, CountRule rule)
    {
        writer.WriteNullableBoolean(P.HigherIsBetter, rule.HigherIsBetter);
        BandsFormat.Write(writer, rule.Bands);
    }

    protected override void ValidateDefinition(CountRule rule, RuleSite site, ValidationContext context) =>
        BandsValidator.Validate(rule.HigherIsBetter, rule.Bands, isRate: false, site, context);

    protected override RuleOutcome ScoreInput(CountRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet)
    {
        if (input.Count is not { } count)
        {
            sheet.Problems.Add(ScoringMessages.MissingField(site.Subject, InputFieldNames.Count, null));
            return RuleOutcome.Unknown;
        }
        // A whole number converts to decimal exactly, so the comparison with a threshold is exact.
        var shown = PortalFormat.Number(count);
        return RuleOutcome.Of(BandScorer.Points(rule.HigherIsBetter, rule.Bands, threshold => ((decimal)count).CompareTo(threshold), site, sheet, shown));
    }

    protected override void ListUnknownsOf(CountRule rule, RuleSite site, CriterionInput? input, MissingList missing) =>
        BandScorer.ListUnknowns(rule.HigherIsBetter, rule.Bands, site, missing);

    protected override CountRule ReadDraft(ScoredDraft draft) => new(draft.HigherIsBetter, BandDraft.ToBands(draft));

    protected override void WriteDraft(CountRule rule, ScoredDraft draft) =>
        (draft.HigherIsBetter, draft.Bands) = (rule.HigherIsBetter, BandDraft.From(rule.Bands));
}
