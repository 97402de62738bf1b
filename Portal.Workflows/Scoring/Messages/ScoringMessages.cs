namespace Portal.Workflows.Scoring;

/// <summary>
/// Every text the scoring code shows a person, in Vietnamese, in one class so it can move to resources later (each
/// method then becomes a lookup plus string.Format). Split over files by topic: set format, input, verdict, command.
/// Numbers are formatted with the invariant culture so that a rate threshold reads "0.1" whatever the machine's culture.
/// </summary>
public static partial class ScoringMessages
{
    private static string I(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>"Tiêu chí 6" or "Tiêu chí 6, phần 6a": how messages name what an input belongs to.</summary>
    public static string SubjectName(InputSubject subject) => subject.PartCode is null
        ? $"Tiêu chí {subject.CriterionNo}"
        : $"Tiêu chí {subject.CriterionNo}, phần {subject.PartCode}";

    public static string SetName(string code) => $"Bộ tiêu chí {code}";

    public static string CategoryName(string code) => $"Loại {code}";

    /// <summary>Names the criterion (if any) and the field, the way every refusal must.</summary>
    private static string Where(InputSubject? subject, string field) =>
        subject is null ? $"Trường \"{field}\"" : $"{SubjectName(subject)}, trường \"{field}\"";
}
