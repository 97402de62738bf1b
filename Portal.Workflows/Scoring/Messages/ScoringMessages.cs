using System.Globalization;
using System.Resources;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Every text the scoring code shows a person, read from ScoringTexts.resx (Vietnamese, the neutral culture) and
/// ScoringTexts.en.resx in the current UI culture, numbers in the current culture. Split over files by audience: the
/// report on a set file (administrators, beside JSON paths), input refusals (officials, and the file-oriented form the
/// <c>score</c> verb prints), the verdict and missing list, and the command line.
/// </summary>
public static partial class ScoringMessages
{
    private static readonly ResourceManager Resources =
        new("Portal.Workflows.Scoring.Messages.ScoringTexts", typeof(ScoringMessages).Assembly);

    internal static string Text(string key, params object?[] args)
    {
        var template = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }

    /// <summary>"Tiêu chí 6" or "Tiêu chí 6, phần 6a": how messages name what an input belongs to.</summary>
    public static string SubjectName(InputSubject subject) => subject.PartCode is null
        ? Text("Subject.Criterion", subject.CriterionNo)
        : Text("Subject.Part", subject.CriterionNo, subject.PartCode);

    public static string SetName(string code) => Text("Subject.Set", code);

    public static string CategoryName(string code) => Text("Subject.Category", code);

    /// <summary>
    /// A name from the set in the reader's language, the other one when it is missing. Which language a reader has is
    /// itself a resource ("vi" or "en"), so a third language needs only its resource file.
    /// </summary>
    public static string? Pick(string? vi, string? en) => Text("Names.Language") == "en" ? en ?? vi : vi ?? en;

    /// <summary>A percentage as people read it: "99,58 %" in Vietnamese, never rounded for scoring.</summary>
    public static string Percent(decimal percent) => Text("Number.Percent", PortalFormat.Decimal(percent));
}
