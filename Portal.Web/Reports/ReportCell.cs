using System.Globalization;

namespace Portal.Web.Reports;

/// <summary>How a report cell reads on screen and on paper: counts 1.234, percentages 66,7, dates dd/MM/yyyy, empty for null.</summary>
public static class ReportCell
{
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        decimal d => d.ToString("0.0", CultureInfo.CurrentCulture),
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.CurrentCulture),
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? "",
    };

    public static bool IsNumber(object? value) => value is int or long or decimal;
}
