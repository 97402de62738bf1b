using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Portal.Workflows.Decisions.DocxParts;
using Style = Portal.Workflows.Decisions.DocxParts.Style;

namespace Portal.Workflows.Decisions;

/// <summary>
/// The decision as a Word document (.docx), because officials finish and sign in Word: A4 portrait, margins 20/20/30/20 mm,
/// Times New Roman 14, the parts of docs/domain/document-format.md in their places, page numbers from the second page
/// centred at the top, the annex on a new page. Under an illustrative set every page's header says so.
/// </summary>
public static class DecisionDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A4 in twips, and the text width between margins of 30 mm (left) and 20 mm (right).
    private const int PageWidth = 11906, PageHeight = 16838, Top = 1134, Bottom = 1134, Left = 1701, Right = 1134;
    private const int TextWidth = PageWidth - Left - Right, HeadLeft = 3660, HeadRight = TextWidth - HeadLeft;

    public static byte[] ToBytes(DecisionSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var first = Header(main, sheet.Watermark, pageNumber: false);
            var rest = Header(main, sheet.Watermark, pageNumber: true);
            var body = new Body();
            body.Append(Content(sheet));
            body.Append(Section(main.GetIdOfPart(first), main.GetIdOfPart(rest)));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Content(DecisionSheet s)
    {
        yield return TwoColumns(HeadLeft, HeadRight,
            [Para(s.IssuerBody, Centre with { Bold = false, Size = HeadSize, After = 0 }), Para(s.IssuerName, Centre with { Bold = true, Size = HeadSize, After = 120 }, RuleBelow(900)),
             Para(s.Number, Centre with { Size = HeadSize, Before = 120 })],
            [Para(s.Nation, Centre with { Bold = true, Size = 24, After = 0 }),
             Para(s.Motto, Centre with { Bold = true, Size = HeadSize, After = 120 }, RuleBelow(1200)),
             Para(s.PlaceDate, Centre with { Italic = true, Size = HeadSize, Before = 120 })]);
        yield return Para(s.Title, Centre with { Bold = true, Before = 360, After = 0 });
        yield return Para(s.Summary, Centre with { Bold = true, After = 120 }, RuleBelow(3000));
        yield return Para(s.Authority, Centre with { Bold = true, Before = 240, After = 240 });
        foreach (var basis in s.Bases) yield return Para(basis, new Style(Italic: true, FirstLine: 567));
        yield return Para(s.Decides, Centre with { Bold = true, Before = 240, After = 240 });
        foreach (var a in s.Articles)
            yield return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Both }, new Indentation { FirstLine = "567" },
                new SpacingBetweenLines { After = "120" }), Run(a.Label + " ", new Style(Bold: true)), Run(a.Text, new Style()));
        yield return TwoColumns(TextWidth / 2, TextWidth - TextWidth / 2,
            [Para(s.RecipientsTitle, new Style(Bold: true, Italic: true, Size: NoteSize, Align: JustificationValues.Left, Before: 240, After: 0)),
             .. s.Recipients.Select(r => Para(r, new Style(Size: SmallSize, Align: JustificationValues.Left, After: 0)))],
            [.. s.SignerLines.Select(l => Para(l, Centre with { Bold = true, Before = 240, After = 0 })),
             Para("", Centre with { After = 1400 }), Para(s.SignerName, Centre with { Bold = true })]);
        if (s.Annex is { } annex)
        {
            yield return PageBreak();
            foreach (var (line, i) in annex.Heading.Select((l, i) => (l, i)))
                yield return Para(line, Centre with { Bold = i < 2, Italic = i == 2, After = 60 });
            yield return Grid([700, 3500, 3000, TextWidth - 7200], annex.Columns, annex.Rows);
        }
    }

    /// <summary>Page numbers from the second page on (a different first-page header), centred; the illustrative line on every page.</summary>
    private static HeaderPart Header(MainDocumentPart main, string? watermark, bool pageNumber)
    {
        var part = main.AddNewPart<HeaderPart>();
        var header = new Header();
        if (watermark is not null) header.Append(Para(watermark, Centre with { Bold = true, Size = NoteSize, After = 0 }));
        if (pageNumber)
            header.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(Run("2", new Style(Size: 26))) { Instruction = " PAGE " }));
        if (!header.HasChildren) header.Append(new Paragraph());
        part.Header = header;
        return part;
    }

    private static SectionProperties Section(string firstHeaderId, string headerId) => new(
        new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
        new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
        new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = Top, Bottom = Bottom, Left = Left, Right = Right, Header = 567, Footer = 567, Gutter = 0 },
        new TitlePage());

    /// <summary>Times New Roman 14 for the whole document (a metric-compatible serif where Word finds none).</summary>
    private static Styles Styles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
            new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new Languages { Val = "vi-VN" })),
        new ParagraphPropertiesDefault()));
}
