namespace Portal.Workflows.Scoring;

/// <summary>Problems of a set file; the JSON path is shown beside each, so the texts do not repeat it.</summary>
public static partial class ScoringMessages
{
    public static string InvalidJson(string detail) => $"không phải JSON hợp lệ: {detail}";

    public static string NotAnObject() => "phải là một đối tượng JSON";

    public static string NotAnArray() => "phải là một mảng JSON";

    public static string NotAString() => "phải là một chuỗi";

    public static string NotABoolean() => "phải là true hoặc false";

    public static string NotAnInteger() => "phải là một số nguyên";

    public static string NotANumber() => "phải là một số";

    public static string MissingProperty(string name) => $"thiếu thuộc tính bắt buộc \"{name}\"";

    public static string NullNotAllowed() => "không được là null";

    public static string UnknownProperty(string name) => $"thuộc tính \"{name}\" không có trong định dạng";

    public static string UnknownKind(string kind) =>
        $"loại tiêu chí \"{kind}\" không được hỗ trợ (chỉ có: {string.Join(", ", CriterionKinds.All)})";

    public static string DefinitionFieldWithoutKind(string name) =>
        $"thuộc tính \"{name}\" không dùng được khi loại tiêu chí (kind) chưa xác định";

    public static string DefinitionFieldNotForKind(string name, string kind) =>
        $"thuộc tính \"{name}\" không dùng cho loại tiêu chí \"{kind}\"";

    public static string PartOfKindParts() => "một phần (part) không được có loại \"parts\"";

    public static string UnknownNoCasesPolicy(string value) =>
        $"\"{value}\" không hợp lệ; chỉ có \"{NoCasesPolicyNames.Full}\", \"{NoCasesPolicyNames.Zero}\", \"{NoCasesPolicyNames.Invalid}\"";

    public static string BandNeedsOneBound() => "mỗi mức điểm phải có đúng một trong hai thuộc tính \"min\" hoặc \"max\"";

    public static string UnsupportedFormat(int format) =>
        $"phiên bản định dạng {format} không được hỗ trợ (chỉ hỗ trợ {StandardSet.SupportedFormat})";

    public static string EmptyCode() => "mã không được để trống";

    public static string NullInCompleteSet() =>
        "bộ tiêu chí được đánh dấu hoàn chỉnh (complete: true) nên giá trị này không được là null";

    public static string Negative() => "không được là số âm";

    public static string NotPositive() => "phải lớn hơn 0";

    public static string EmptyList() => "danh sách không được rỗng";

    public static string DuplicateCode(string code, string firstPath) => $"mã \"{code}\" đã được dùng tại {firstPath}";

    public static string DuplicateCategoryCode(string code) => $"mã loại \"{code}\" bị trùng";

    public static string DuplicateCriterionNo(string no) => $"số thứ tự tiêu chí \"{no}\" bị trùng";

    public static string InvalidCriterionNo(string no, int max) => $"số thứ tự tiêu chí \"{no}\" phải là một số từ 1 đến {max}";

    public static string MinTotalOutOfRange(int minTotal, int? totalPoints) =>
        $"minTotal ({minTotal}) phải nằm trong khoảng 0..{totalPoints?.ToString() ?? "totalPoints"}";

    public static string TotalPointsMismatch(int totalPoints, int sum) =>
        $"totalPoints ({totalPoints}) khác tổng maxPoints của các tiêu chí ({sum})";

    public static string KnownPointsExceedTotal(int totalPoints, int sum) =>
        $"tổng maxPoints đã biết của các tiêu chí ({sum}) vượt quá totalPoints ({totalPoints})";

    public static string AchievedAtOutOfRange(int achievedAt, int? maxPoints) =>
        $"achievedAt ({achievedAt}) phải nằm trong khoảng 0..{maxPoints?.ToString() ?? "maxPoints"}";

    public static string ItemPointsSumMismatch(int sum, int maxPoints) => $"tổng điểm các mục ({sum}) khác maxPoints ({maxPoints})";

    public static string PartsSumMismatch(int sum, int maxPoints) => $"tổng maxPoints của các phần ({sum}) khác maxPoints ({maxPoints})";

    public static string KnownPiecesExceedMax(int sum, int maxPoints) => $"tổng điểm đã biết ({sum}) vượt quá maxPoints ({maxPoints})";

    public static string HigherBandNeedsMin() => "higherIsBetter là true nên mỗi mức điểm phải dùng \"min\"";

    public static string LowerBandNeedsMax() => "higherIsBetter là false nên mỗi mức điểm phải dùng \"max\"";

    public static string MixedBandBounds() => "các mức điểm của cùng một tiêu chí phải cùng dùng \"min\" hoặc cùng dùng \"max\"";

    public static string RateThresholdOutOfRange(decimal threshold) => I($"ngưỡng tỷ lệ ({threshold}) phải nằm trong khoảng 0..100");

    public static string CountThresholdNegative(decimal threshold) => I($"ngưỡng số lượng ({threshold}) không được là số âm");

    public static string BandPointsOutOfRange(int points, int? maxPoints) =>
        $"điểm của mức ({points}) phải nằm trong khoảng 0..{maxPoints?.ToString() ?? "maxPoints"}";

    public static string DuplicateThreshold(decimal threshold) => I($"ngưỡng {threshold} bị trùng với một mức khác");

    public static string SecondCatchAll() => "chỉ được có một mức \"max\": null (mức còn lại)";

    public static string BandsNotMonotone(int looserPoints, int stricterPoints) =>
        $"mức có ngưỡng lỏng hơn ({looserPoints} điểm) không được nhiều điểm hơn mức có ngưỡng chặt hơn ({stricterPoints} điểm)";

    public static string SetDoesNotFollowFormat(string code, int problemCount) =>
        $"Bộ tiêu chí \"{code}\" không đúng định dạng ({problemCount} lỗi).";
}
