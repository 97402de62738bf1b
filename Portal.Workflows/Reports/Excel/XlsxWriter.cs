using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Workflows.Reports.Excel;

/// <summary>
/// Writes tables as an .xlsx workbook with the Open XML SDK, one sheet per table: the title block, an empty line, the
/// bold header row (frozen, so it stays in view), the rows, the total row, then the notes. Column widths come from the
/// table; the header row is made tall enough for its wrapped texts.
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToBytes(IReadOnlyList<SheetTable> tables)
    {
        using var stream = new MemoryStream();
        Write(stream, tables);
        return stream.ToArray();
    }

    public static void Write(Stream stream, IReadOnlyList<SheetTable> tables)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint id = 1;
        foreach (var table in tables)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(table);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = Unique(SheetTable.SafeSheetName(table.SheetName), names) });
        }
        workbook.Workbook.Save();
    }

    private static Worksheet Worksheet(SheetTable table)
    {
        var data = new SheetData();
        uint row = 1;
        data.Append(new Row(XlsxCells.Text("A1", table.Title, XlsxStyle.Title)) { RowIndex = row++ });
        foreach (var line in table.TitleLines)
            data.Append(new Row(XlsxCells.Text(XlsxCells.Reference(1, row), line, XlsxStyle.TitleLine)) { RowIndex = row++ });
        var header = ++row; // one empty line between the title block and the table
        data.Append(HeaderRow(table.Columns, header));
        row = header + 1;
        foreach (var cells in table.Rows) data.Append(ValueRow(cells, row++, total: false));
        if (table.Total is { } total) data.Append(ValueRow(total, row++, total: true));
        row++;
        foreach (var note in table.Notes ?? [])
            data.Append(new Row(XlsxCells.Text(XlsxCells.Reference(1, row), note, XlsxStyle.Note)) { RowIndex = row++ });

        var columns = new Columns(table.Columns.Select((c, i) =>
            new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true }));
        var sheet = new Worksheet(FrozenBelow(header), columns, data);
        // Printed from Excel, every page of an illustrative report says so in its header.
        if (table.Watermark is { } mark) sheet.Append(new HeaderFooter(new OddHeader("&C&B" + mark)));
        return sheet;
    }

    private static Row HeaderRow(IReadOnlyList<SheetColumn> columns, uint index)
    {
        // Excel does not grow a row for wrapped text it did not lay out itself: give the header its lines.
        var lines = columns.Select(c => (int)Math.Ceiling(c.Header.Length * 1.1 / Math.Max(1, c.Width - 1))).DefaultIfEmpty(1).Max();
        var row = new Row { RowIndex = index, Height = 15.0 * Math.Max(1, lines) + 3, CustomHeight = true };
        row.Append(columns.Select((c, i) => XlsxCells.Text(XlsxCells.Reference(i + 1, index), c.Header, XlsxStyle.Header)));
        return row;
    }

    private static Row ValueRow(IReadOnlyList<object?> cells, uint index, bool total)
    {
        var row = new Row { RowIndex = index };
        row.Append(cells.Select((value, i) => XlsxCells.Of(XlsxCells.Reference(i + 1, index), value, total)));
        return row;
    }

    /// <summary>Everything down to the header row stays in view while the rows scroll.</summary>
    private static SheetViews FrozenBelow(uint headerRow)
    {
        var first = XlsxCells.Reference(1, headerRow + 1);
        return new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = first, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = first, SequenceOfReferences = new ListValue<StringValue> { InnerText = first } })
        { WorkbookViewId = 0 });
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = name[..Math.Min(name.Length, SheetTable.MaxSheetName - suffix.Length)] + suffix;
        }
        return candidate;
    }
}
