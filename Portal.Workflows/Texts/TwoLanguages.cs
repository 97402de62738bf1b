using System.Globalization;

namespace Portal.Workflows.Texts;

/// <summary>
/// Data written in both languages (a standard set's names, Vietnamese beside English): the one place that picks the
/// reader's. Texts of the portal itself come from resources instead; a third language adds resources, and here the
/// fallback stays Vietnamese.
/// </summary>
public static class TwoLanguages
{
    public static string? Pick(string? vi, string? en, CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? en ?? vi : vi ?? en;
}
