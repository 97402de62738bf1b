using System.Globalization;
using System.Resources;

namespace Portal.Workflows.Texts;

/// <summary>
/// The texts of the reports (titles, column headers, legends), read from ReportTexts.resx (Vietnamese, the neutral
/// culture) and ReportTexts.en.resx. The page, the printable page and the Excel files all take their headers from
/// here, so the three never disagree.
/// </summary>
public static class ReportText
{
    private static readonly ResourceManager Resources = new("Portal.Workflows.Texts.ReportTexts", typeof(ReportText).Assembly);

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Get(CultureInfo culture, string key, params object?[] args)
    {
        var template = Resources.GetString(key, culture) ?? key;
        return args.Length == 0 ? template : string.Format(culture, template, args);
    }

    /// <summary>In the current UI culture (Vietnamese unless the reader chose English).</summary>
    public static string Get(string key, params object?[] args) => Get(CultureInfo.CurrentUICulture, key, args);
}
