using System.Text;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Csv;

/// <summary>One data row of an imported CSV, its cells checked by <see cref="CsvRules"/> and normalised (NFC).</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Cells);

/// <summary>A file that was refused: one message per problem, each naming its line. Nothing of it was imported.</summary>
public class CsvFileException(IReadOnlyList<string> errors) : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// Reads the CSV files the portal imports (RFC 4180, UTF-8, with or without BOM, LF or CRLF) with the rules they all
/// share. An import reads the header with <see cref="ReadHeader"/>, then its rows with <see cref="ReadRows"/>,
/// adds its own checks per row to the same error list with <see cref="LineError"/>, and refuses the whole file
/// (<see cref="CsvFileException"/>) if the list is not empty: a file is imported whole or not at all.
/// </summary>
public static class CsvFile
{
    /// <summary>After this many problems the reading stops: the person has enough to correct.</summary>
    public const int MaxErrors = 50;

    public static string? ReadHeader(TextReader reader) => reader.ReadLine()?.TrimStart('\uFEFF').TrimEnd('\r');

    public static string LineError(int line, string problem) => WorkflowText.Get("Csv.LineError", line, problem);

    /// <summary>The rows after the header that pass the common rules; the others are reported in <paramref name="errors"/>.</summary>
    public static IEnumerable<CsvRow> ReadRows(TextReader reader, CsvRules rules, List<string> errors)
    {
        var (line, rows) = (1, 0);
        while (errors.Count < MaxErrors && reader.ReadLine() is { } raw)
        {
            line++;
            var text = raw.TrimEnd('\r');
            if (text.Length == 0) continue;
            if (++rows > rules.MaxRows)
            {
                errors.Add(WorkflowText.Get("Csv.TooManyRows", rules.MaxRows));
                yield break;
            }
            var problem = Check(text, rules, out var cells);
            if (problem is null) yield return new CsvRow(line, cells!);
            else errors.Add(LineError(line, problem));
        }
    }

    private static string? Check(string text, CsvRules rules, out IReadOnlyList<string>? cells)
    {
        cells = null;
        if (text.Length > rules.MaxLineLength) return WorkflowText.Get("Csv.LineTooLong", rules.MaxLineLength);
        var split = CsvLine.Split(text);
        if (split is null || split.Count != rules.Columns) return WorkflowText.Get("Csv.ColumnCount", rules.Columns, split?.Count ?? 0);
        for (var i = 0; i < split.Count; i++)
        {
            var problem = CheckCell(split[i], i, rules);
            if (problem is not null) return problem;
            split[i] = split[i].Normalize(NormalizationForm.FormC);
        }
        cells = split;
        return null;
    }

    private static string? CheckCell(string value, int column, CsvRules rules)
    {
        if (value.Length == 0) return rules.Optional.Contains(column) ? null : WorkflowText.Get("Csv.EmptyCell", column + 1);
        if (value != value.Trim()) return WorkflowText.Get("Csv.Spaces", column + 1);
        if (value.Any(IsHidden)) return WorkflowText.Get("Csv.HiddenCharacter", column + 1);
        if (value.Length > rules.MaxCellLength) return WorkflowText.Get("Csv.TooLong", column + 1, rules.MaxCellLength);
        return null;
    }

    /// <summary>Control characters, and the bidirectional marks and overrides that reorder what a reader sees.</summary>
    public static bool IsHidden(char c) =>
        char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\uFEFF' or '\u200B';
}
