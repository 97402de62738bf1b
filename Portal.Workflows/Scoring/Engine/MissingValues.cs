namespace Portal.Workflows.Scoring;

/// <summary>
/// Lists what keeps a result from being final: an incomplete set, every null value scoring needs (with its JSON path),
/// and every criterion or part without input. Any entry makes the verdict "incomplete".
/// </summary>
internal static class MissingValues
{
    public static List<string> List(StandardSet set, CommuneCategory category, ScoreInput input)
    {
        var missing = new List<string>();
        if (!set.Complete) missing.Add(ScoringMessages.SetNotComplete(set.Code));
        var setName = ScoringMessages.SetName(set.Code);
        AddIfNull(missing, set.TotalPoints, setName, "$.totalPoints");
        AddIfNull(missing, set.PassRules.NoZeroCriterion, setName, "$.passRules.noZeroCriterion");
        AddIfNull(missing, set.PassRules.AllCriteriaAchieved, setName, "$.passRules.allCriteriaAchieved");
        var categoryIndex = set.Categories.ToList().IndexOf(category);
        AddIfNull(missing, category.MinTotal, ScoringMessages.CategoryName(category.Code), $"$.categories[{categoryIndex}].minTotal");
        for (var i = 0; i < set.Criteria.Count; i++)
        {
            var criterion = set.Criteria[i];
            var subject = InputSubject.Of(criterion.No);
            var path = $"$.criteria[{i}]";
            AddIfNull(missing, criterion.MaxPoints, subject.ToString(), $"{path}.maxPoints");
            AddIfNull(missing, criterion.AchievedAt, subject.ToString(), $"{path}.achievedAt");
            AddUnknownsOfRule(missing, criterion.Rule, subject.ToString(), path);
            AddMissingInputs(missing, criterion, subject, input.Criteria.GetValueOrDefault(criterion.No));
        }
        return missing;
    }

    private static void AddMissingInputs(List<string> missing, Criterion criterion, InputSubject subject, CriterionInput? input)
    {
        if (input is null)
        {
            missing.Add(ScoringMessages.NoInput(subject));
            return;
        }
        if (criterion.Rule is PartsRule { Parts: { } parts } && input.Parts is { } partInputs)
        {
            missing.AddRange(parts.Where(p => !partInputs.ContainsKey(p.Code)).Select(p => ScoringMessages.NoInput(subject.Part(p.Code))));
        }
    }

    private static void AddUnknownsOfRule(List<string> missing, ScoringRule? rule, string owner, string path)
    {
        AddIfNull(missing, rule, owner, $"{path}.kind");
        switch (rule)
        {
            case RateRule rate:
                AddIfNull(missing, rate.WhenNoCases, owner, $"{path}.whenNoCases");
                AddUnknownsOfBands(missing, rate.HigherIsBetter, rate.Bands, owner, path);
                break;
            case CountRule count:
                AddUnknownsOfBands(missing, count.HigherIsBetter, count.Bands, owner, path);
                break;
            case ChecklistRule checklist:
                AddIfNull(missing, checklist.Items, owner, $"{path}.items");
                for (var k = 0; k < (checklist.Items?.Count ?? 0); k++)
                {
                    AddIfNull(missing, checklist.Items![k].Points, owner, $"{path}.items[{k}].points");
                }
                break;
            case PartsRule partsRule:
                AddIfNull(missing, partsRule.Parts, owner, $"{path}.parts");
                for (var k = 0; k < (partsRule.Parts?.Count ?? 0); k++)
                {
                    var part = partsRule.Parts![k];
                    AddIfNull(missing, part.MaxPoints, owner, $"{path}.parts[{k}].maxPoints");
                    AddUnknownsOfRule(missing, part.Rule, owner, $"{path}.parts[{k}]");
                }
                break;
        }
    }

    private static void AddUnknownsOfBands(List<string> missing, bool? higherIsBetter, ValueList<Band>? bands, string owner, string path)
    {
        AddIfNull(missing, higherIsBetter, owner, $"{path}.higherIsBetter");
        AddIfNull(missing, bands, owner, $"{path}.bands");
        for (var j = 0; j < (bands?.Count ?? 0); j++)
        {
            // A null max is the catch-all, not an unknown.
            if (bands![j].Bound == BandBound.Min) AddIfNull(missing, bands[j].Threshold, owner, $"{path}.bands[{j}].min");
            AddIfNull(missing, bands[j].Points, owner, $"{path}.bands[{j}].points");
        }
    }

    private static void AddIfNull(List<string> missing, object? value, string owner, string path)
    {
        if (value is null) missing.Add(ScoringMessages.ValueUnknown(owner, path));
    }
}
