using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Workflows.Reports.Excel;

/// <summary>
/// Cells as Excel reads them: text as an inline string (never a number, so "00001" stays "00001"), numbers with the
/// number type and an invariant value, dates as day serials with a date format, null as an empty bordered cell.
/// </summary>
internal static class XlsxCells
{
    private static readonly DateOnly SerialZero = new(1899, 12, 30);

    public static Cell Of(string reference, object? value, bool total) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = (uint)(total ? XlsxStyle.TotalText : XlsxStyle.Text) },
        string s => Text(reference, s, total ? XlsxStyle.TotalText : XlsxStyle.Text),
        int or long or short => Number(reference, Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            total ? XlsxStyle.TotalInteger : XlsxStyle.Integer),
        decimal d => Number(reference, d.ToString(CultureInfo.InvariantCulture), total ? XlsxStyle.TotalDecimal : XlsxStyle.Decimal),
        double d => Number(reference, d.ToString("R", CultureInfo.InvariantCulture), total ? XlsxStyle.TotalDecimal : XlsxStyle.Decimal),
        DateOnly date => Number(reference, (date.DayNumber - SerialZero.DayNumber).ToString(CultureInfo.InvariantCulture),
            total ? XlsxStyle.TotalDate : XlsxStyle.Date),
        _ => Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", total ? XlsxStyle.TotalText : XlsxStyle.Text),
    };

    public static Cell Text(string reference, string text, XlsxStyle style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = (uint)style,
    };

    private static Cell Number(string reference, string invariant, XlsxStyle style) => new()
    {
        CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(invariant), StyleIndex = (uint)style,
    };

    /// <summary>"A", "B", … "Z", "AA" for columns 1, 2, … 26, 27.</summary>
    public static string Column(int number)
    {
        var name = "";
        for (var n = number; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    public static string Reference(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);
}
