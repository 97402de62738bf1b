using System.Globalization;
using Portal.Workflows.Texts;

namespace Portal.Web.Reports;

/// <summary>How a report cell reads on screen and on paper: counts 1.234, percentages 66,7, dates dd/MM/yyyy, empty for null.</summary>
public static class ReportCell
{
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        decimal d => PortalFormat.Figure(d),
        int or long => PortalFormat.Number(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        DateOnly d => PortalFormat.Date(d),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? "",
    };

    public static bool IsNumber(object? value) => value is int or long or decimal;
}
