namespace Portal.Workflows.Csv;

/// <summary>
/// What every row of an imported CSV must satisfy, whatever the file is about: the number of columns, no empty
/// cell (unless allowed), no space around a value, no control or bidirectional-override character (which can make a
/// name display as another), and a bounded length. <see cref="CsvFile"/> applies them; each import adds its own rules.
/// </summary>
public sealed record CsvRules(int Columns)
{
    /// <summary>The longest value of a cell, in UTF-16 characters. Names of the portal are stored in 200.</summary>
    public int MaxCellLength { get; init; } = 100;
    /// <summary>Cells that may be empty (by index); all others must hold a value.</summary>
    public IReadOnlySet<int> Optional { get; init; } = new HashSet<int>();
    /// <summary>The most data rows a file may have: a runaway file is refused, not read to the end.</summary>
    public int MaxRows { get; init; } = 100_000;
    /// <summary>A line longer than this is refused before it is split.</summary>
    public int MaxLineLength => Columns * (MaxCellLength * 2 + 3);
}
