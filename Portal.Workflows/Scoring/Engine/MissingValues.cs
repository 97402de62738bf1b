namespace Portal.Workflows.Scoring;

/// <summary>
/// Lists what keeps a result from being final whatever the input: an incomplete set, every unknown value that any
/// score needs, and every criterion or part without input. The unknowns an input runs into (a band or item whose
/// points the law does not give) are added by the scorers. Any entry makes the verdict "incomplete".
/// </summary>
internal static class MissingValues
{
    public static MissingList List(StandardSet set, CommuneCategory category, ScoreInput input)
    {
        var missing = new MissingList();
        if (!set.Complete) missing.Add(ScoringMessages.SetNotComplete(set.Code));
        var setName = ScoringMessages.SetName(set.Code);
        missing.AddIfNull(set.TotalPoints, setName, "$.totalPoints");
        missing.AddIfNull(set.PassRules.NoZeroCriterion, setName, "$.passRules.noZeroCriterion");
        missing.AddIfNull(set.PassRules.AllCriteriaAchieved, setName, "$.passRules.allCriteriaAchieved");
        var categoryIndex = set.Categories.ToList().IndexOf(category);
        missing.AddIfNull(category.MinTotal, ScoringMessages.CategoryName(category.Code), $"$.categories[{categoryIndex}].minTotal");
        for (var i = 0; i < set.Criteria.Count; i++)
        {
            var criterion = set.Criteria[i];
            var site = RuleSite.Of(criterion, i);
            var criterionInput = input.Criteria.GetValueOrDefault(criterion.No);
            missing.AddIfNull(criterion.MaxPoints, site.Owner, site.PathOf(FormatPropertyNames.MaxPoints));
            missing.AddIfNull(criterion.AchievedAt, site.Owner, site.PathOf(FormatPropertyNames.AchievedAt));
            missing.AddIfNull(criterion.Rule, site.Owner, site.PathOf(FormatPropertyNames.Kind));
            if (criterion.Rule is { } rule) ScoringKinds.Of(rule).ListUnknowns(rule, site, criterionInput, missing);
            if (criterionInput is null) missing.Add(ScoringMessages.NoInput(site.Subject));
        }
        return missing;
    }
}
