namespace Portal.Workflows.Scoring;

/// <summary>Checks one criterion or part: its common fields, then the definition fields of its kind.</summary>
internal static class CriterionValidator
{
    public static void Validate(Criterion criterion, string path, ValidationContext context)
    {
        context.RequireKnown(criterion.NameVi, $"{path}.name_vi");
        context.RequireKnown(criterion.NameEn, $"{path}.name_en");
        context.RequireKnown(criterion.MaxPoints, $"{path}.maxPoints");
        context.RequirePositive(criterion.MaxPoints, $"{path}.maxPoints");
        context.RequireKnown(criterion.Rule, $"{path}.kind");
        context.RequireKnown(criterion.AchievedAt, $"{path}.achievedAt");
        if (criterion.AchievedAt is { } achievedAt && (achievedAt < 0 || achievedAt > criterion.MaxPoints))
        {
            // An achievedAt above maxPoints could never be met, so allCriteriaAchieved would always fail.
            context.Report($"{path}.achievedAt", ScoringMessages.AchievedAtOutOfRange(achievedAt, criterion.MaxPoints));
        }
        if (criterion.Rule is not null) ValidateRule(criterion.Rule, criterion.MaxPoints, path, context, isPart: false);
    }

    private static void ValidatePart(CriterionPart part, string path, ValidationContext context)
    {
        context.RegisterCode(part.Code, $"{path}.code");
        context.RequireKnown(part.NameVi, $"{path}.name_vi");
        context.RequireKnown(part.NameEn, $"{path}.name_en");
        context.RequireKnown(part.MaxPoints, $"{path}.maxPoints");
        context.RequirePositive(part.MaxPoints, $"{path}.maxPoints");
        context.RequireKnown(part.Rule, $"{path}.kind");
        if (part.Rule is not null) ValidateRule(part.Rule, part.MaxPoints, path, context, isPart: true);
    }

    private static void ValidateRule(ScoringRule rule, int? maxPoints, string path, ValidationContext context, bool isPart)
    {
        switch (rule)
        {
            case RateRule rate:
                context.RequireKnown(rate.WhenNoCases, $"{path}.whenNoCases");
                BandsValidator.Validate(rate.HigherIsBetter, rate.Bands, maxPoints, isRate: true, path, context);
                break;
            case CountRule count:
                BandsValidator.Validate(count.HigherIsBetter, count.Bands, maxPoints, isRate: false, path, context);
                break;
            case ChecklistRule checklist:
                ValidateItems(checklist.Items, maxPoints, $"{path}.items", context);
                break;
            case PartsRule when isPart:
                context.Report($"{path}.kind", ScoringMessages.PartOfKindParts());
                break;
            case PartsRule parts:
                ValidateParts(parts.Parts, maxPoints, $"{path}.parts", context);
                break;
        }
    }

    private static void ValidateItems(ValueList<ChecklistItem>? items, int? maxPoints, string path, ValidationContext context)
    {
        context.RequireKnown(items, path);
        if (items is null) return;
        if (items.Count == 0) context.Report(path, ScoringMessages.EmptyList());
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            context.RegisterCode(item.Code, $"{path}[{k}].code");
            context.RequireKnown(item.NameVi, $"{path}[{k}].name_vi");
            context.RequireKnown(item.NameEn, $"{path}[{k}].name_en");
            context.RequireKnown(item.Points, $"{path}[{k}].points");
            context.RequireNonNegative(item.Points, $"{path}[{k}].points");
        }
        PointsSum.Check(items.Select(i => i.Points).ToList(), maxPoints, path, context, ScoringMessages.ItemPointsSumMismatch);
    }

    private static void ValidateParts(ValueList<CriterionPart>? parts, int? maxPoints, string path, ValidationContext context)
    {
        context.RequireKnown(parts, path);
        if (parts is null) return;
        if (parts.Count == 0) context.Report(path, ScoringMessages.EmptyList());
        for (var k = 0; k < parts.Count; k++)
        {
            ValidatePart(parts[k], $"{path}[{k}]", context);
        }
        PointsSum.Check(parts.Select(p => p.MaxPoints).ToList(), maxPoints, path, context, ScoringMessages.PartsSumMismatch);
    }
}
