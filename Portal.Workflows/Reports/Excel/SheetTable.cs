namespace Portal.Workflows.Reports.Excel;

/// <summary>A column of a table: its header and its width in characters.</summary>
public sealed record SheetColumn(string Header, double Width);

/// <summary>
/// One report table as every output shows it (the page, the printable page, one sheet of an .xlsx): a title block,
/// headed columns, rows of cells, an optional total row and notes below. A cell is a string (written as text, so
/// codes keep their leading zeros), a number (int, long, decimal: written as a number), a DateOnly, or null (empty).
/// </summary>
public sealed record SheetTable(
    string SheetName,
    string Title,
    IReadOnlyList<string> TitleLines,
    IReadOnlyList<SheetColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlyList<object?>? Total = null,
    IReadOnlyList<string>? Notes = null)
{
    /// <summary>Under an illustrative set: the line every printed page and sheet carries in its margin.</summary>
    public string? Watermark { get; init; }

    /// <summary>Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].</summary>
    public const int MaxSheetName = 31;

    public static string SafeSheetName(string name)
    {
        var clean = new string(name.Where(c => !":\\/?*[]".Contains(c)).ToArray()).Trim().Trim('\'');
        if (clean.Length == 0) clean = "Sheet";
        return clean.Length <= MaxSheetName ? clean : clean[..MaxSheetName].TrimEnd();
    }
}
