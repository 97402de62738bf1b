namespace Portal.Web.Standards;

/// <summary>The property names of standard-set-format.md, as the draft reads and writes them.</summary>
internal static class SetDraftFields
{
    public const string Format = "format";
    public const string Code = "code";
    public const string TitleVi = "title_vi";
    public const string TitleEn = "title_en";
    public const string Basis = "basis";
    public const string Illustrative = "illustrative";
    public const string Complete = "complete";
    public const string TotalPoints = "totalPoints";
    public const string Categories = "categories";
    public const string PassRules = "passRules";
    public const string NoZeroCriterion = "noZeroCriterion";
    public const string AllCriteriaAchieved = "allCriteriaAchieved";
    public const string Criteria = "criteria";
    public const string No = "no";
    public const string NameVi = "name_vi";
    public const string NameEn = "name_en";
    public const string MinTotal = "minTotal";
    public const string MaxPoints = "maxPoints";
    public const string AchievedAt = "achievedAt";
    public const string Kind = "kind";
    public const string HigherIsBetter = "higherIsBetter";
    public const string WhenNoCases = "whenNoCases";
    public const string Bands = "bands";
    public const string Items = "items";
    public const string Parts = "parts";
    public const string Min = "min";
    public const string Max = "max";
    public const string Points = "points";
}
