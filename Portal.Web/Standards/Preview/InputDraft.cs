using Portal.Workflows.Scoring;

namespace Portal.Web.Standards.Preview;

/// <summary>
/// What a person has typed for one criterion (or part), before it is an input of the engine. Nothing counts as
/// answered until it is entered: an untouched checklist is "not answered", not "no item met"; a number that cannot be
/// read is not entered either, and its field says why.
/// </summary>
public sealed class InputDraft
{
    public NumberEntry Numerator { get; private init; } = new();
    public NumberEntry Denominator { get; private init; } = new();
    public NumberEntry Count { get; private init; } = new();
    public HashSet<string> Items { get; } = new(StringComparer.Ordinal);
    public bool ItemsAnswered { get; set; }
    public bool? Yes { get; set; }
    public Dictionary<string, InputDraft> Parts { get; } = new(StringComparer.Ordinal);

    /// <summary>The question asked before saving a value that scores 0 ("Bạn có chắc?"), until the value changes.</summary>
    public string? Asked { get; set; }

    public InputDraft Part(string code) => Parts.TryGetValue(code, out var d) ? d : Parts[code] = new InputDraft();

    /// <summary>Whether some field holds text that is not a number: such a criterion is never saved.</summary>
    public bool HasTypingErrors =>
        Numerator.Error is not null || Denominator.Error is not null || Count.Error is not null || Parts.Values.Any(p => p.HasTypingErrors);

    /// <summary>
    /// Whether saving may go ahead. A value that lands in the worst band is asked about once (<paramref name="question"/>,
    /// null when there is nothing to ask); saving the same value again goes through.
    /// </summary>
    public bool MaySave(string? question)
    {
        if (question is null || question == Asked) return true;
        Asked = question;
        return false;
    }

    /// <summary>The engine's input for this rule, or null while nothing usable is entered (the engine lists it as missing).</summary>
    public CriterionInput? ToInput(ScoringRule? rule) => rule switch
    {
        RateRule when Numerator.Value is { } n && Denominator.Value is { } d => CriterionInput.ForRate(n, d),
        CountRule when Count.Value is { } c => CriterionInput.ForCount(c),
        ChecklistRule when ItemsAnswered => new CriterionInput { Items = [.. Items.Order(StringComparer.Ordinal)] },
        YesNoRule when Yes is { } yes => CriterionInput.ForYes(yes),
        PartsRule parts => PartsInput(parts),
        _ => null,
    };

    private CriterionInput? PartsInput(PartsRule rule)
    {
        var entered = (rule.Parts ?? [])
            .Select(p => (p.Code, Input: Parts.TryGetValue(p.Code, out var d) ? d.ToInput(p.Rule) : null))
            .Where(x => x.Input is not null)
            .ToDictionary(x => x.Code, x => x.Input!, StringComparer.Ordinal);
        return entered.Count == 0 ? null : CriterionInput.ForParts(entered);
    }

    /// <summary>Fills a draft from a stored input (the reverse of <see cref="ToInput"/>).</summary>
    public static InputDraft From(CriterionInput input)
    {
        var draft = new InputDraft
        {
            Numerator = NumberEntry.Showing(input.Numerator),
            Denominator = NumberEntry.Showing(input.Denominator),
            Count = NumberEntry.Showing(input.Count),
            Yes = input.Yes,
        };
        if (input.Items is { } items) { draft.ItemsAnswered = true; draft.Items.UnionWith(items); }
        foreach (var (code, part) in input.Parts ?? new Dictionary<string, CriterionInput>()) draft.Parts[code] = From(part);
        return draft;
    }
}
