using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>Checks one criterion or part: its common fields here, then the fields of its kind by the kind itself.</summary>
internal static class CriterionValidator
{
    public static void Validate(Criterion criterion, RuleSite site, ValidationContext context)
    {
        ValidateCommon(criterion.NameVi, criterion.NameEn, criterion.MaxPoints, criterion.Rule, site, context);
        context.RequireKnown(criterion.AchievedAt, site.PathOf(P.AchievedAt));
        if (criterion.AchievedAt is { } achievedAt && (achievedAt < 0 || achievedAt > criterion.MaxPoints))
        {
            // An achievedAt above maxPoints could never be met, so allCriteriaAchieved would always fail.
            context.Report(site.PathOf(P.AchievedAt), ScoringMessages.AchievedAtOutOfRange(achievedAt, criterion.MaxPoints));
        }
        if (criterion.Rule is { } rule) ScoringKinds.Of(rule).Validate(rule, site, context);
    }

    public static void ValidatePart(CriterionPart part, RuleSite site, ValidationContext context)
    {
        context.RegisterCode(part.Code, site.PathOf(P.Code));
        ValidateCommon(part.NameVi, part.NameEn, part.MaxPoints, part.Rule, site, context);
        if (part.Rule is { } rule) ScoringKinds.Of(rule).Validate(rule, site, context);
    }

    private static void ValidateCommon(string? nameVi, string? nameEn, int? maxPoints, ScoringRule? rule, RuleSite site, ValidationContext context)
    {
        context.RequireKnown(nameVi, site.PathOf(P.NameVi));
        context.RequireKnown(nameEn, site.PathOf(P.NameEn));
        context.RequireKnown(maxPoints, site.PathOf(P.MaxPoints));
        context.RequirePositive(maxPoints, site.PathOf(P.MaxPoints));
        context.RequireKnown(rule, site.PathOf(P.Kind));
    }
}
