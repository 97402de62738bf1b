using Portal.Workflows.Scoring;

namespace Portal.Web.Standards.Preview;

/// <summary>
/// What a person has typed for one criterion (or part), before it is an input of the engine. Nothing counts as
/// answered until it is entered: an untouched checklist is "not answered", not "no item met".
/// </summary>
public sealed class InputDraft
{
    public long? Numerator { get; set; }
    public long? Denominator { get; set; }
    public long? Count { get; set; }
    public HashSet<string> Items { get; } = new(StringComparer.Ordinal);
    public bool ItemsAnswered { get; set; }
    public bool? Yes { get; set; }
    public Dictionary<string, InputDraft> Parts { get; } = new(StringComparer.Ordinal);

    public InputDraft Part(string code) => Parts.TryGetValue(code, out var d) ? d : Parts[code] = new InputDraft();

    /// <summary>The engine's input for this rule, or null while nothing usable is entered (the engine lists it as missing).</summary>
    public CriterionInput? ToInput(ScoringRule? rule) => rule switch
    {
        RateRule when Numerator is { } n && Denominator is { } d => CriterionInput.ForRate(n, d),
        CountRule when Count is { } c => CriterionInput.ForCount(c),
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
        var draft = new InputDraft { Numerator = input.Numerator, Denominator = input.Denominator, Count = input.Count, Yes = input.Yes };
        if (input.Items is { } items) { draft.ItemsAnswered = true; draft.Items.UnionWith(items); }
        foreach (var (code, part) in input.Parts ?? new Dictionary<string, CriterionInput>()) draft.Parts[code] = From(part);
        return draft;
    }
}
