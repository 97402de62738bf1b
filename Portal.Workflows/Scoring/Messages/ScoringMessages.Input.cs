using F = Portal.Workflows.Scoring.InputFieldNames;

namespace Portal.Workflows.Scoring;

// Refusals of an input. Each names the criterion (and part) and the field, as the format requires: the file form by
// the inputs file's field name (for the `score` verb), the officials' form by the label the set gives the field.
public static partial class ScoringMessages
{
    /// <summary>The generic name of an input field, used when the set gives no label: "Tử số", "Số trường hợp"…</summary>
    public static string FieldLabel(string field) => Text("Field." + field);

    public static string InputsNotObjectOrArray() => Text("Input.NotObjectOrArray");

    internal static ScoreInputProblem InputNotAnObject() => new(null, null, "", Text("Input.NotAnObject"));

    internal static ScoreInputProblem CriterionInputNotAnObject(InputSubject subject) =>
        new(subject.CriterionNo, subject.PartCode, "", Text("Input.CriterionNotAnObject", SubjectName(subject)));

    /// <summary>A JSON shape problem of an inputs file (<paramref name="key"/>: UnknownField, NotAString, NotAWholeNumber…); only the verb reads files.</summary>
    internal static ScoreInputProblem InputShape(InputSubject? subject, string field, string key) =>
        new(subject?.CriterionNo, subject?.PartCode, field, Text("Input." + key, Where(subject, field)));

    internal static ScoreInputProblem MissingField(InputSubject? subject, string field, string? label) =>
        Refusal(subject, field, label, "MissingField");

    internal static ScoreInputProblem NegativeNumber(InputSubject subject, string field, string? label, long value) =>
        Refusal(subject, field, label, "Negative", value);

    internal static ScoreInputProblem FieldNotForKind(InputSubject subject, string field, string kind) =>
        Refusal(subject, field, null, "FieldNotForKind", kind);

    internal static ScoreInputProblem UnknownItemCode(InputSubject subject, string code, string knownCodes) =>
        Refusal(subject, F.Items, null, "UnknownItemCode", code, knownCodes);

    internal static ScoreInputProblem UnknownPartCode(InputSubject subject, string code, string knownCodes) =>
        Refusal(subject, F.Parts, null, "UnknownPartCode", code, knownCodes);

    internal static ScoreInputProblem UnknownCategory(string category, string knownCodes) =>
        Refusal(null, F.Category, null, "UnknownCategory", category, knownCodes);

    internal static ScoreInputProblem UnknownCriterion(string no, string setCode) =>
        new(no, null, F.Criteria, Text("Input.UnknownCriterion", Where(InputSubject.Of(no), F.Criteria), setCode, no))
        {
            ForOfficials = Text("Official.UnknownCriterion", setCode, no),
        };

    /// <summary>"Số trẻ em vi phạm pháp luật (1300) lớn hơn Tổng số trẻ em (1200)": both counts by what they count.</summary>
    internal static ScoreInputProblem NumeratorAboveDenominator(InputSubject subject, RateRule rule, long numerator, long denominator) =>
        new(subject.CriterionNo, subject.PartCode, F.Numerator, Text("Input.NumeratorAboveDenominator", Where(subject, F.Numerator), numerator, denominator))
        {
            ForOfficials = Text("Official.NumeratorAboveDenominator", SubjectName(subject), rule.NumeratorLabel(), numerator, rule.DenominatorLabel(), denominator),
        };

    internal static ScoreInputProblem NoCasesRefused(InputSubject subject, RateRule rule) =>
        Refusal(subject, F.Denominator, rule.DenominatorLabel(), "NoCases");

    /// <summary>Both forms of one refusal: the file's is "{where}: …" with the field's name, the officials' with its label.</summary>
    private static ScoreInputProblem Refusal(InputSubject? subject, string field, string? label, string key, params object?[] args) =>
        new(subject?.CriterionNo, subject?.PartCode, field, Text("Input." + key, [Where(subject, field), .. args]))
        {
            ForOfficials = Text("Official." + key, [OfficialWhere(subject, label ?? FieldLabel(field)), .. args]),
        };

    /// <summary>Names the criterion (if any) and the field as the inputs file spells it.</summary>
    private static string Where(InputSubject? subject, string field) =>
        subject is null ? Text("Input.Where", field) : Text("Input.WhereInCriterion", SubjectName(subject), field);

    private static string OfficialWhere(InputSubject? subject, string label) =>
        subject is null ? label : Text("Official.Where", SubjectName(subject), label);
}
