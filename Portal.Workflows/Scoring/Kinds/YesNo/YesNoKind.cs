using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary><c>yesno</c>: no definition fields; maxPoints when the answer is yes, else 0.</summary>
internal sealed class YesNoKind : ScoringKind<YesNoRule>
{
    public override string Name => CriterionKinds.YesNo;

    public override IReadOnlySet<string> DefinitionFields { get; } = new HashSet<string>();

    public override IReadOnlySet<string> InputFields { get; } = new HashSet<string> { InputFieldNames.Yes };

    public override ScoringRule Read(JsonObjectReader reader, List<SetProblem> problems) => new YesNoRule();

    protected override void WriteDefinition(Utf8JsonWriter writer, YesNoRule rule)
    {
    }

    protected override void ValidateDefinition(YesNoRule rule, RuleSite site, ValidationContext context)
    {
    }

    protected override RuleOutcome ScoreInput(YesNoRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet)
    {
        if (input.Yes is not { } yes)
        {
            sheet.Problems.Add(ScoringMessages.MissingField(site.Subject, InputFieldNames.Yes, null));
            return RuleOutcome.Unknown;
        }
        return RuleOutcome.Of(yes ? site.MaxPoints : 0);
    }

    protected override YesNoRule ReadDraft(ScoredDraft draft) => new();
}
