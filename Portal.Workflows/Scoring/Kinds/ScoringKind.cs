using System.Text.Json;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Everything the portal knows about one kind of criterion (rate, count, checklist, yesno, parts), kept in the kind's
/// own folder: its definition fields in the file, how they are read, written and validated, how an input is scored,
/// which unknown values every score under it needs, and how the editor's draft maps to it. A new kind is a folder
/// with a subclass, one line in <see cref="ScoringKinds"/>, and its editor component in Portal.Web.
/// </summary>
internal abstract class ScoringKind
{
    /// <summary>The <c>kind</c> value in the file.</summary>
    public abstract string Name { get; }

    /// <summary>The kind's own fields in the file, beside the common ones (<c>no</c>, names, <c>maxPoints</c>, <c>kind</c>).</summary>
    public abstract IReadOnlySet<string> DefinitionFields { get; }

    /// <summary>The input fields the kind reads; an input carrying any other is refused.</summary>
    public abstract IReadOnlySet<string> InputFields { get; }

    public abstract ScoringRule Read(JsonObjectReader reader, List<SetProblem> problems);

    public abstract void Write(Utf8JsonWriter writer, ScoringRule rule);

    public abstract void Validate(ScoringRule rule, RuleSite site, ValidationContext context);

    /// <summary>The points of an input; refusals go to the sheet's problems, unknowns the input runs into to its missing list.</summary>
    public abstract RuleOutcome Score(ScoringRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet);

    /// <summary>The unknown values of the definition that any score needs, whatever the input.</summary>
    public abstract void ListUnknowns(ScoringRule rule, RuleSite site, CriterionInput? input, MissingList missing);

    public abstract ScoringRule FromDraft(ScoredDraft draft);

    public abstract void ToDraft(ScoringRule rule, ScoredDraft draft);
}

/// <summary>The typed side of <see cref="ScoringKind"/>: each kind works on its own rule record only.</summary>
internal abstract class ScoringKind<TRule> : ScoringKind where TRule : ScoringRule
{
    public sealed override void Write(Utf8JsonWriter writer, ScoringRule rule) => WriteDefinition(writer, (TRule)rule);

    public sealed override void Validate(ScoringRule rule, RuleSite site, ValidationContext context) =>
        ValidateDefinition((TRule)rule, site, context);

    public sealed override RuleOutcome Score(ScoringRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet) =>
        ScoreInput((TRule)rule, site, input, sheet);

    public sealed override void ListUnknowns(ScoringRule rule, RuleSite site, CriterionInput? input, MissingList missing) =>
        ListUnknownsOf((TRule)rule, site, input, missing);

    public sealed override ScoringRule FromDraft(ScoredDraft draft) => ReadDraft(draft);

    public sealed override void ToDraft(ScoringRule rule, ScoredDraft draft) => WriteDraft((TRule)rule, draft);

    protected abstract void WriteDefinition(Utf8JsonWriter writer, TRule rule);

    protected abstract void ValidateDefinition(TRule rule, RuleSite site, ValidationContext context);

    protected abstract RuleOutcome ScoreInput(TRule rule, RuleSite site, CriterionInput input, ScoreSheet sheet);

    protected virtual void ListUnknownsOf(TRule rule, RuleSite site, CriterionInput? input, MissingList missing)
    {
    }

    protected abstract TRule ReadDraft(ScoredDraft draft);

    protected virtual void WriteDraft(TRule rule, ScoredDraft draft)
    {
    }
}
