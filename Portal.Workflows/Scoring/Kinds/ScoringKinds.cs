namespace Portal.Workflows.Scoring;

/// <summary>The kinds the format knows, found by their name in the file or by a rule of theirs.</summary>
internal static class ScoringKinds
{
    public static IReadOnlyList<ScoringKind> All { get; } = [new RateKind(), new CountKind(), new ChecklistKind(), new YesNoKind(), new PartsKind()];

    /// <summary>Every definition field of any kind: what a criterion of unknown kind must not carry.</summary>
    public static IReadOnlySet<string> DefinitionFields { get; } = All.SelectMany(k => k.DefinitionFields).ToHashSet();

    public static ScoringKind? Find(string? name) => All.FirstOrDefault(k => k.Name == name);

    public static ScoringKind Of(ScoringRule rule) =>
        Find(rule.Kind) ?? throw new InvalidOperationException($"No scoring kind is named {rule.Kind}.");

    /// <summary>The rule a draft describes: <c>null</c> while its kind is unknown.</summary>
    public static ScoringRule? RuleOf(ScoredDraft draft) => Find(draft.Kind)?.FromDraft(draft);

    /// <summary>Fills a draft's kind and the fields of that kind from a rule.</summary>
    public static void FillDraft(ScoringRule? rule, ScoredDraft draft)
    {
        draft.Kind = rule?.Kind;
        if (rule is not null) Of(rule).ToDraft(rule, draft);
    }
}
