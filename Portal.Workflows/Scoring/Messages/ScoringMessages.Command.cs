namespace Portal.Workflows.Scoring;

/// <summary>What the <c>score</c> command writes on standard error.</summary>
public static partial class ScoringMessages
{
    public static string CommandUsage() =>
        "Cách dùng: score --standard <tệp bộ tiêu chí .json> --inputs <tệp dữ liệu nhập .json>";

    public static string ArgumentMissing(string name) => $"Thiếu tham số {name}.";

    public static string ArgumentUnknown(string argument) => $"Tham số không hợp lệ: {argument}";

    public static string ArgumentRepeated(string name) => $"Tham số {name} được cho nhiều lần.";

    public static string ArgumentValueMissing(string name) => $"Tham số {name} cần một đường dẫn tệp.";

    public static string FileNotFound(string path) => $"Không tìm thấy tệp: {path}";

    public static string FileUnreadable(string path, string detail) => $"Không đọc được tệp {path}: {detail}";

    public static string InvalidJsonFile(string path, string detail) => $"Tệp {path} không phải JSON hợp lệ: {detail}";

    public static string SetFileRefused(string path, int problemCount) =>
        $"Tệp bộ tiêu chí {path} không đúng định dạng ({problemCount} lỗi):";

    public static string InputsRefused(int refused, int total) => $"{refused}/{total} dữ liệu nhập bị từ chối.";
}
