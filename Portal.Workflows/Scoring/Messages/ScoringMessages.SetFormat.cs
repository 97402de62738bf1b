namespace Portal.Workflows.Scoring;

// Problems of a set file, for the administrator who imports or edits it: the JSON path is shown beside each, so the
// texts do not repeat it, and they may name the file's properties, which is what that reader edits.
public static partial class ScoringMessages
{
    public static string InvalidJson(string detail) => Text("Format.InvalidJson", detail);

    public static string NotAnObject() => Text("Format.NotAnObject");

    public static string NotAnArray() => Text("Format.NotAnArray");

    public static string NotAString() => Text("Format.NotAString");

    public static string NotABoolean() => Text("Format.NotABoolean");

    public static string NotAnInteger() => Text("Format.NotAnInteger");

    public static string NotANumber() => Text("Format.NotANumber");

    public static string MissingProperty(string name) => Text("Format.MissingProperty", name);

    public static string NullNotAllowed() => Text("Format.NullNotAllowed");

    public static string UnknownProperty(string name) => Text("Format.UnknownProperty", name);

    public static string UnknownKind(string kind) => Text("Format.UnknownKind", kind, string.Join(", ", CriterionKinds.All));

    public static string DefinitionFieldWithoutKind(string name) => Text("Format.DefinitionFieldWithoutKind", name);

    public static string DefinitionFieldNotForKind(string name, string kind) => Text("Format.DefinitionFieldNotForKind", name, kind);

    public static string PartOfKindParts() => Text("Format.PartOfKindParts");

    public static string UnknownNoCasesPolicy(string value) =>
        Text("Format.UnknownNoCasesPolicy", value, NoCasesPolicyNames.Full, NoCasesPolicyNames.Zero, NoCasesPolicyNames.Invalid);

    public static string BandNeedsOneBound() => Text("Format.BandNeedsOneBound");

    public static string UnsupportedFormat(int format) => Text("Format.UnsupportedFormat", format, StandardSet.SupportedFormat);

    public static string EmptyCode() => Text("Format.EmptyCode");

    public static string NullInCompleteSet() => Text("Format.NullInCompleteSet");

    public static string Negative() => Text("Format.Negative");

    public static string NotPositive() => Text("Format.NotPositive");

    public static string EmptyList() => Text("Format.EmptyList");

    public static string DuplicateCode(string code, string firstPath) => Text("Format.DuplicateCode", code, firstPath);

    public static string DuplicateCategoryCode(string code) => Text("Format.DuplicateCategoryCode", code);

    public static string DuplicateCriterionNo(string no) => Text("Format.DuplicateCriterionNo", no);

    public static string InvalidCriterionNo(string no, int max) => Text("Format.InvalidCriterionNo", no, max);

    public static string MinTotalOutOfRange(int minTotal, int? totalPoints) =>
        Text("Format.MinTotalOutOfRange", minTotal, totalPoints?.ToString() ?? "totalPoints");

    public static string TotalPointsMismatch(int totalPoints, int sum) => Text("Format.TotalPointsMismatch", totalPoints, sum);

    public static string KnownPointsExceedTotal(int totalPoints, int sum) => Text("Format.KnownPointsExceedTotal", totalPoints, sum);

    public static string AchievedAtOutOfRange(int achievedAt, int? maxPoints) =>
        Text("Format.AchievedAtOutOfRange", achievedAt, maxPoints?.ToString() ?? "maxPoints");

    public static string ItemPointsSumMismatch(int sum, int maxPoints) => Text("Format.ItemPointsSumMismatch", sum, maxPoints);

    public static string PartsSumMismatch(int sum, int maxPoints) => Text("Format.PartsSumMismatch", sum, maxPoints);

    public static string KnownPiecesExceedMax(int sum, int maxPoints) => Text("Format.KnownPiecesExceedMax", sum, maxPoints);

    public static string HigherBandNeedsMin() => Text("Format.HigherBandNeedsMin");

    public static string LowerBandNeedsMax() => Text("Format.LowerBandNeedsMax");

    public static string MixedBandBounds() => Text("Format.MixedBandBounds");

    public static string RateThresholdOutOfRange(decimal threshold) => Text("Format.RateThresholdOutOfRange", threshold);

    public static string CountThresholdNegative(decimal threshold) => Text("Format.CountThresholdNegative", threshold);

    public static string BandPointsOutOfRange(int points, int? maxPoints) =>
        Text("Format.BandPointsOutOfRange", points, maxPoints?.ToString() ?? "maxPoints");

    public static string DuplicateThreshold(decimal threshold) => Text("Format.DuplicateThreshold", threshold);

    public static string SecondCatchAll() => Text("Format.SecondCatchAll");

    public static string StrictCatchAll() => Text("Format.StrictCatchAll");

    public static string BandsNotMonotone(int looserPoints, int narrowerPoints) => Text("Format.BandsNotMonotone", looserPoints, narrowerPoints);

    public static string EvaluationYearsEmpty() => Text("Format.EvaluationYearsEmpty");

    public static string LegalBasisFieldEmpty() => Text("Format.LegalBasisFieldEmpty");

    public static string LegalBasisBadDate(string text) => Text("Format.LegalBasisBadDate", text);

    public static string EvaluationYearOutOfRange(int year, int first, int last) => Text("Format.EvaluationYearOutOfRange", year, first, last);

    public static string EvaluationYearRepeated(int year) => Text("Format.EvaluationYearRepeated", year);

    public static string SetDoesNotFollowFormat(string code, int problemCount) => Text("Format.SetDoesNotFollowFormat", code, problemCount);
}
