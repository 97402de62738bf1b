using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Workflows.Decisions;

/// <summary>The paragraphs and tables a Vietnamese administrative document is built of (sizes in half-points, lengths in twips).</summary>
internal static class DocxParts
{
    public const int BodySize = 28, HeadSize = 26, SmallSize = 22, NoteSize = 24;

    public sealed record Style(bool Bold = false, bool Italic = false, int Size = BodySize,
        JustificationValues? Align = null, int FirstLine = 0, int Before = 0, int After = 60);

    public static readonly Style Centre = new(Align: JustificationValues.Center);

    public static Paragraph Para(string text, Style style, params OpenXmlElement[] extra)
    {
        var props = new ParagraphProperties(
            new SpacingBetweenLines { Before = style.Before.ToString(Inv), After = style.After.ToString(Inv), Line = "276", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = style.Align ?? JustificationValues.Both });
        if (style.FirstLine > 0) props.Append(new Indentation { FirstLine = style.FirstLine.ToString(Inv) });
        foreach (var e in extra) props.Append(e);
        return new Paragraph(props, Run(text, style));
    }

    public static Run Run(string text, Style style)
    {
        var props = new RunProperties();
        if (style.Bold) props.Append(new Bold());
        if (style.Italic) props.Append(new Italic());
        props.Append(new FontSize { Val = style.Size.ToString(Inv) });
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A short rule under a heading line: the paragraph's own bottom border, narrowed by indents so it spans about a third.</summary>
    public static OpenXmlElement[] RuleBelow(int indent) =>
    [
        new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 2, Color = "000000" }),
        new Indentation { Left = indent.ToString(Inv), Right = indent.ToString(Inv) },
    ];

    /// <summary>A table without borders whose cells hold paragraphs: the heading (issuer | nation) and the foot (recipients | signer).</summary>
    public static Table TwoColumns(int leftWidth, int rightWidth, IEnumerable<Paragraph> left, IEnumerable<Paragraph> right) =>
        new(new TableProperties(new TableWidth { Width = (leftWidth + rightWidth).ToString(Inv), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }, new TableBorders(NoBorders())),
            new TableGrid(new GridColumn { Width = leftWidth.ToString(Inv) }, new GridColumn { Width = rightWidth.ToString(Inv) }),
            new TableRow(Cell(leftWidth, left), Cell(rightWidth, right)));

    /// <summary>A bordered table with a bold header row (the annex).</summary>
    public static Table Grid(IReadOnlyList<int> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = widths.Sum().ToString(Inv), Type = TableWidthUnitValues.Dxa },
                new TableBorders(Lines())),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(Inv) })));
        table.Append(new TableRow(header.Select((h, i) => Cell(widths[i], [Para(h, new Style(Bold: true, Size: NoteSize, Align: JustificationValues.Center, After: 0))]))));
        foreach (var row in rows)
            table.Append(new TableRow(row.Select((c, i) => Cell(widths[i], [Para(c, new Style(Size: NoteSize, Align: i == 1 || i == 2 ? JustificationValues.Left : JustificationValues.Center, After: 0))]))));
        return table;
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    private static TableCell Cell(int width, IEnumerable<Paragraph> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(Inv), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content);
        return cell;
    }

    private static OpenXmlElement[] NoBorders() =>
    [
        new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
        new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None },
    ];

    private static OpenXmlElement[] Lines() =>
    [
        new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
        new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
    ];

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
