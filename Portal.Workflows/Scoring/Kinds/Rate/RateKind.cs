using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary><c>rate</c> in the file, the validator and the editor's draft; scoring is <see cref="RateScorer"/>.</summary>
internal sealed class RateKind : ScoringKind<RateRule>
{
    public override string Name => CriterionKinds.Rate;

    public override IReadOnlySet<string> DefinitionFields { get; } = new HashSet<string>
    {
        P.HigherIsBetter, P.Bands, P.WhenNoCases, P.NumeratorVi, P.NumeratorEn, P.DenominatorVi, P.DenominatorEn,
    };

    public override IReadOnlySet<string> InputFields { get; } = new HashSet<string> { InputFieldNames.Numerator, InputFieldNames.Denominator };

    public override ScoringRule Read(JsonObjectReader reader, List<SetProblem> problems) =>
        new RateRule(reader.Bool(P.HigherIsBetter), BandsFormat.Read(reader, problems), ReadWhenNoCases(reader))
        {
            NumeratorVi = reader.OptionalString(P.NumeratorVi),
            NumeratorEn = reader.OptionalString(P.NumeratorEn),
            DenominatorVi = reader.OptionalString(P.DenominatorVi),
            DenominatorEn = reader.OptionalString(P.DenominatorEn),
        };

    protected override void WriteDefinition(Utf8JsonWriter writer, RateRule rule)
    {
        writer.WriteNullableBoolean(P.HigherIsBetter, rule.HigherIsBetter);
        writer.WriteString(P.WhenNoCases, rule.WhenNoCases?.ToName());
        writer.WriteOptionalString(P.NumeratorVi, rule.NumeratorVi);
        writer.WriteOptionalString(P.NumeratorEn, rule.NumeratorEn);
        writer.WriteOptionalString(P.DenominatorVi, rule.DenominatorVi);
        writer.WriteOptionalString(P.DenominatorEn, rule.DenominatorEn);
        BandsFormat.Write(writer, rule.Bands);
    }

    protected override void ValidateDefinition(RateRule rule, RuleSite site, ValidationContext context)
    {
        context.RequireKnown(rule.WhenNoCases, site.PathOf(P.WhenNoCases));
        BandsValidator.Validate(rule.HigherIsBetter, rule.Bands, isRate: true, site, context);
    }

    protected override RuleOutcome ScoreInput(RateRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet) =>
        RateScorer.Score(rule, site, input, sheet);

    protected override void ListUnknownsOf(RateRule rule, RuleSite site, CriterionInput? input, MissingList missing)
    {
        missing.AddIfNull(rule.WhenNoCases, site.Owner, site.PathOf(P.WhenNoCases));
        BandScorer.ListUnknowns(rule.HigherIsBetter, rule.Bands, site, missing);
    }

    protected override RateRule ReadDraft(ScoredDraft draft) =>
        new(draft.HigherIsBetter, BandDraft.ToBands(draft), draft.WhenNoCases is { } name ? NoCasesPolicyNames.FromName(name) : null)
        {
            NumeratorVi = draft.NumeratorVi,
            NumeratorEn = draft.NumeratorEn,
            DenominatorVi = draft.DenominatorVi,
            DenominatorEn = draft.DenominatorEn,
        };

    protected override void WriteDraft(RateRule rule, ScoredDraft draft)
    {
        (draft.HigherIsBetter, draft.Bands, draft.WhenNoCases) = (rule.HigherIsBetter, BandDraft.From(rule.Bands), rule.WhenNoCases?.ToName());
        (draft.NumeratorVi, draft.NumeratorEn) = (rule.NumeratorVi, rule.NumeratorEn);
        (draft.DenominatorVi, draft.DenominatorEn) = (rule.DenominatorVi, rule.DenominatorEn);
    }

    private static NoCasesPolicy? ReadWhenNoCases(JsonObjectReader reader)
    {
        if (!reader.Has(P.WhenNoCases)) return NoCasesPolicy.Invalid;
        var name = reader.String(P.WhenNoCases);
        if (name is null) return null;
        var policy = NoCasesPolicyNames.FromName(name);
        if (policy is null) reader.Report(P.WhenNoCases, ScoringMessages.UnknownNoCasesPolicy(name));
        return policy;
    }
}
