namespace Portal.Workflows.Scoring;

/// <summary>Refusals of an input. Each names the criterion (and part) and the field, as the format requires.</summary>
public static partial class ScoringMessages
{
    public static string InputsNotObjectOrArray() => "Tệp dữ liệu nhập phải chứa một đối tượng hoặc một mảng các đối tượng.";

    public static string InputNotAnObject() => "Mỗi dữ liệu nhập phải là một đối tượng JSON.";

    public static string CriterionInputNotAnObject(InputSubject subject) => $"{SubjectName(subject)}: dữ liệu nhập phải là một đối tượng JSON.";

    public static string UnknownInputField(InputSubject? subject, string field) =>
        $"{Where(subject, field)}: trường này không có trong định dạng dữ liệu nhập.";

    public static string MissingField(InputSubject? subject, string field) => $"{Where(subject, field)}: thiếu dữ liệu bắt buộc.";

    public static string FieldNotAString(InputSubject? subject, string field) => $"{Where(subject, field)}: phải là một chuỗi.";

    public static string FieldNotAnObject(InputSubject? subject, string field) => $"{Where(subject, field)}: phải là một đối tượng JSON.";

    public static string FieldNotAWholeNumber(InputSubject subject, string field) => $"{Where(subject, field)}: phải là một số nguyên.";

    public static string FieldNotABoolean(InputSubject subject, string field) => $"{Where(subject, field)}: phải là true hoặc false.";

    public static string FieldNotAListOfCodes(InputSubject subject, string field) => $"{Where(subject, field)}: phải là một mảng các mã (chuỗi).";

    public static string FieldNotForKind(InputSubject subject, string field, string kind) =>
        $"{Where(subject, field)}: trường này không dùng cho tiêu chí loại \"{kind}\".";

    public static string NegativeNumber(InputSubject subject, string field, long value) =>
        $"{Where(subject, field)}: không được là số âm ({value}).";

    public static string NumeratorAboveDenominator(InputSubject subject, string field, long numerator, long denominator) =>
        $"{Where(subject, field)}: tử số ({numerator}) lớn hơn mẫu số ({denominator}).";

    public static string NoCasesRefused(InputSubject subject, string field) =>
        $"{Where(subject, field)}: mẫu số bằng 0 (không có trường hợp nào) không được chấp nhận ở tiêu chí này (whenNoCases: \"{NoCasesPolicyNames.Invalid}\").";

    public static string UnknownItemCode(InputSubject subject, string field, string code, string knownCodes) =>
        $"{Where(subject, field)}: mã mục \"{code}\" không có trong tiêu chí (các mã hợp lệ: {knownCodes}).";

    public static string UnknownPartCode(InputSubject subject, string field, string code, string knownCodes) =>
        $"{Where(subject, field)}: mã phần \"{code}\" không có trong tiêu chí (các mã hợp lệ: {knownCodes}).";

    public static string UnknownCategory(string category, string knownCodes) =>
        $"{Where(null, InputFieldNames.Category)}: loại \"{category}\" không có trong bộ tiêu chí (các loại: {knownCodes}).";

    public static string UnknownCriterion(string no, string setCode) =>
        $"{Where(InputSubject.Of(no), InputFieldNames.Criteria)}: bộ tiêu chí {setCode} không có tiêu chí số \"{no}\".";
}
