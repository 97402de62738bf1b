using System.Globalization;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Checks a set against the rules of the format that its shape alone does not show (through
/// <see cref="StandardSetFormat.Validate"/>); every problem carries the JSON path it would have in the file.
/// </summary>
internal static class StandardSetValidator
{
    /// <summary>Evaluation years outside this range are surely typing mistakes.</summary>
    private const int FirstYear = 1990, LastYear = 2100;

    public static IReadOnlyList<SetProblem> Validate(StandardSet set)
    {
        var context = new ValidationContext(set.Complete);
        if (set.Format != StandardSet.SupportedFormat) context.Report("$.format", ScoringMessages.UnsupportedFormat(set.Format));
        if (string.IsNullOrWhiteSpace(set.Code)) context.Report("$.code", ScoringMessages.EmptyCode());
        context.RequireKnown(set.TitleVi, "$.title_vi");
        context.RequireKnown(set.TitleEn, "$.title_en");
        context.RequireKnown(set.Basis, "$.basis");
        context.RequireKnown(set.TotalPoints, "$.totalPoints");
        context.RequirePositive(set.TotalPoints, "$.totalPoints");
        context.RequireKnown(set.PassRules.NoZeroCriterion, "$.passRules.noZeroCriterion");
        context.RequireKnown(set.PassRules.AllCriteriaAchieved, "$.passRules.allCriteriaAchieved");
        ValidateEvaluationYears(set.EvaluationYears, context);
        ValidateCategories(set, context);
        ValidateCriteria(set, context);
        return context.Problems;
    }

    private static void ValidateEvaluationYears(ValueList<int>? years, ValidationContext context)
    {
        if (years is null) return;
        if (years.Count == 0) context.Report("$.evaluationYears", ScoringMessages.EvaluationYearsEmpty());
        var seen = new HashSet<int>();
        for (var k = 0; k < years.Count; k++)
        {
            if (years[k] is < FirstYear or > LastYear) context.Report($"$.evaluationYears[{k}]", ScoringMessages.EvaluationYearOutOfRange(years[k], FirstYear, LastYear));
            else if (!seen.Add(years[k])) context.Report($"$.evaluationYears[{k}]", ScoringMessages.EvaluationYearRepeated(years[k]));
        }
    }

    private static void ValidateCategories(StandardSet set, ValidationContext context)
    {
        if (set.Categories.Count == 0) context.Report("$.categories", ScoringMessages.EmptyList());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Categories.Count; i++)
        {
            var category = set.Categories[i];
            var path = $"$.categories[{i}]";
            if (string.IsNullOrWhiteSpace(category.Code)) context.Report($"{path}.code", ScoringMessages.EmptyCode());
            else if (!seen.Add(category.Code)) context.Report($"{path}.code", ScoringMessages.DuplicateCategoryCode(category.Code));
            context.RequireKnown(category.NameVi, $"{path}.name_vi");
            context.RequireKnown(category.NameEn, $"{path}.name_en");
            context.RequireKnown(category.MinTotal, $"{path}.minTotal");
            if (category.MinTotal is { } min && (min < 0 || min > set.TotalPoints))
            {
                context.Report($"{path}.minTotal", ScoringMessages.MinTotalOutOfRange(min, set.TotalPoints));
            }
        }
    }

    private static void ValidateCriteria(StandardSet set, ValidationContext context)
    {
        if (set.Criteria.Count == 0) context.Report("$.criteria", ScoringMessages.EmptyList());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Criteria.Count; i++)
        {
            var criterion = set.Criteria[i];
            var site = RuleSite.Of(criterion, i);
            if (!IsCriterionNo(criterion.No)) context.Report(site.PathOf("no"), ScoringMessages.InvalidCriterionNo(criterion.No, StandardSetFormat.MaxCriterionNo));
            else if (!seen.Add(criterion.No)) context.Report(site.PathOf("no"), ScoringMessages.DuplicateCriterionNo(criterion.No));
            CriterionValidator.Validate(criterion, site, context);
        }
        ValidateTotalPoints(set, context);
    }

    private static void ValidateTotalPoints(StandardSet set, ValidationContext context)
    {
        if (set.TotalPoints is not { } total) return;
        var known = set.Criteria.Where(c => c.MaxPoints is not null).Sum(c => c.MaxPoints!.Value);
        var allKnown = set.Criteria.All(c => c.MaxPoints is not null);
        if (allKnown && known != total)
        {
            // Only once every maxPoints is known can the sum be required to match; before that it may only not exceed.
            context.Report("$.totalPoints", ScoringMessages.TotalPointsMismatch(total, known));
        }
        else if (!allKnown && known > total)
        {
            context.Report("$.totalPoints", ScoringMessages.KnownPointsExceedTotal(total, known));
        }
    }

    /// <summary>"1".."15" written plainly: no sign, no leading zero, no spaces.</summary>
    private static bool IsCriterionNo(string no) =>
        no.Length is > 0 and <= 2 && no[0] != '0' && no.All(char.IsAsciiDigit) &&
        int.Parse(no, CultureInfo.InvariantCulture) <= StandardSetFormat.MaxCriterionNo;
}
