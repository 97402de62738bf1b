using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Reports.Excel;

/// <summary>The cell styles the writer uses, by their index in the stylesheet (cellXfs).</summary>
internal enum XlsxStyle : uint
{
    Default = 0, Title = 1, TitleLine = 2, Header = 3,
    Text = 4, Integer = 5, Decimal = 6, Date = 7,
    TotalText = 8, TotalInteger = 9, TotalDecimal = 10, TotalDate = 11,
    Note = 12,
}

/// <summary>One small stylesheet: a bold title, a shaded bold header, bordered cells, numbers and dates as PortalFormat writes them.</summary>
internal static class XlsxStyles
{
    private const uint OneDecimal = 164, DayMonthYear = 165, Thousands = 3;
    private const uint Plain = 0, Bold = 1, Big = 2, Italic = 3;
    private const uint NoBorder = 0, Thin = 1;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = OneDecimal, FormatCode = PortalFormat.ExcelFigurePattern },
            new NumberingFormat { NumberFormatId = DayMonthYear, FormatCode = PortalFormat.ExcelDatePattern }) { Count = 2 },
        new Fonts(Font(false, false, 11), Font(true, false, 11), Font(true, false, 14), Font(false, true, 10)) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(), ThinBorder()) { Count = 2 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            Format(Plain, NoBorder, 0),                 // Default
            Format(Big, NoBorder, 0),                   // Title
            Format(Plain, NoBorder, 0),                 // TitleLine
            Format(Bold, Thin, 0, fill: 2, wrap: true), // Header
            Format(Plain, Thin, 0),                     // Text
            Format(Plain, Thin, Thousands),             // Integer
            Format(Plain, Thin, OneDecimal),            // Decimal
            Format(Plain, Thin, DayMonthYear),          // Date
            Format(Bold, Thin, 0),                      // TotalText
            Format(Bold, Thin, Thousands),              // TotalInteger
            Format(Bold, Thin, OneDecimal),             // TotalDecimal
            Format(Bold, Thin, DayMonthYear),           // TotalDate
            Format(Italic, NoBorder, 0)) { Count = 13 }, // Note
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold, bool italic, double size)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        if (italic) font.Append(new Italic());
        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "Calibri" });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
        new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());

    private static CellFormat Format(uint font, uint border, uint numberFormat, uint fill = 0, bool wrap = false)
    {
        var format = new CellFormat
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0,
            ApplyFont = font != Plain, ApplyFill = fill != 0, ApplyBorder = border != NoBorder, ApplyNumberFormat = numberFormat != 0,
        };
        if (wrap)
        {
            format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center });
            format.ApplyAlignment = true;
        }
        return format;
    }
}
