using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Tests.Reports;

/// <summary>Reads back a written workbook with the Open XML SDK, as a test looks at it: sheets by name, cells by reference.</summary>
public sealed class XlsxRead : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public XlsxRead(byte[] content) => _document = SpreadsheetDocument.Open(new MemoryStream(content), false);

    public IReadOnlyList<string> SheetNames =>
        [.. _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Sheet(string name)
    {
        var sheet = _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)_document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public static Cell? Cell(Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    /// <summary>The text of a text cell (inline or shared), or null when the cell is not text.</summary>
    public string? Text(Worksheet sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        if (cell?.DataType?.Value == CellValues.InlineString) return cell.InlineString!.InnerText;
        if (cell?.DataType?.Value == CellValues.SharedString)
            return _document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>()
                .ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;
        return null;
    }

    /// <summary>The value of a number cell (number type, or no type with a numeric value), or null.</summary>
    public static decimal? Number(Worksheet sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        if (cell?.CellValue is null) return null;
        var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
        return isNumber ? decimal.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public void Dispose() => _document.Dispose();
}
