namespace Portal.Workflows.Scoring;

/// <summary>The reasons of a "not-recognized" verdict and the entries of the missing list.</summary>
public static partial class ScoringMessages
{
    public static string TotalBelowMinimum(int total, int minTotal, string categoryCode) =>
        $"Tổng điểm {total} thấp hơn mức tối thiểu {minTotal} của loại {categoryCode}.";

    public static string CriterionScoredZero(string no) =>
        $"Tiêu chí {no} đạt 0 điểm (quy định: không tiêu chí nào được 0 điểm).";

    public static string CriterionNotAchieved(string no, int points, int achievedAt) =>
        $"Tiêu chí {no} chưa đạt: {points} điểm, cần ít nhất {achievedAt} điểm (quy định: mọi tiêu chí đều phải đạt).";

    public static string SetNotComplete(string code) =>
        $"Bộ tiêu chí {code} chưa hoàn chỉnh (complete: false): tổng điểm chỉ là tạm tính.";

    public static string ValueUnknown(string owner, string path) => $"{owner}: chưa xác định giá trị {path}.";

    public static string NoInput(InputSubject subject) => $"{SubjectName(subject)}: chưa có dữ liệu nhập.";
}
