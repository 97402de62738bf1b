namespace Portal.Workflows.Scoring;

/// <summary>The property names of the format, shared by its reader, writer and validator so none can drift apart.</summary>
public static class FormatPropertyNames
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
    public const string Criteria = "criteria";
    /// <summary>Portal extension: the years in which the set evaluates; absent means every year.</summary>
    public const string EvaluationYears = "evaluationYears";
    /// <summary>Portal extension: the legal instrument the set rests on (kind, number, date, issuer, subject).</summary>
    public const string LegalBasis = "legalBasis";
    public const string BasisKind = "kind";
    public const string BasisNumber = "number";
    public const string BasisDate = "date";
    public const string BasisIssuer = "issuer";
    public const string BasisSubject = "subject";
    public const string NameVi = "name_vi";
    public const string NameEn = "name_en";
    public const string MinTotal = "minTotal";
    public const string NoZeroCriterion = "noZeroCriterion";
    public const string AllCriteriaAchieved = "allCriteriaAchieved";
    public const string No = "no";
    public const string MaxPoints = "maxPoints";
    public const string Kind = "kind";
    public const string AchievedAt = "achievedAt";
    public const string HigherIsBetter = "higherIsBetter";
    public const string Bands = "bands";
    public const string WhenNoCases = "whenNoCases";
    public const string NumeratorVi = "numerator_vi";
    public const string NumeratorEn = "numerator_en";
    public const string DenominatorVi = "denominator_vi";
    public const string DenominatorEn = "denominator_en";
    public const string Items = "items";
    public const string Parts = "parts";
    public const string Min = "min";
    public const string Max = "max";
    public const string Strict = "strict";
    public const string Points = "points";

    public static readonly IReadOnlySet<string> SetFields = new HashSet<string>
    {
        Format, Code, TitleVi, TitleEn, Basis, Illustrative, Complete, TotalPoints, Categories, PassRules, Criteria, EvaluationYears, LegalBasis,
    };

    public static readonly IReadOnlySet<string> LegalBasisFields = new HashSet<string> { BasisKind, BasisNumber, BasisDate, BasisIssuer, BasisSubject };

    public static readonly IReadOnlySet<string> CategoryFields = new HashSet<string> { Code, NameVi, NameEn, MinTotal };

    public static readonly IReadOnlySet<string> PassRuleFields = new HashSet<string> { NoZeroCriterion, AllCriteriaAchieved };

    public static readonly IReadOnlySet<string> CriterionFields = new HashSet<string> { No, NameVi, NameEn, MaxPoints, Kind, AchievedAt };

    public static readonly IReadOnlySet<string> PartFields = new HashSet<string> { Code, NameVi, NameEn, MaxPoints, Kind };
}
