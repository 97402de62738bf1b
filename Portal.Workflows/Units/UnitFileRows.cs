namespace Portal.Workflows.Units;

/// <summary>One unit read from a units CSV file, before it has a database id.</summary>
public sealed record UnitFileRow(string Code, string Name, string Type, string? ParentCode);

/// <summary>
/// A whole units file, parsed and checked: every row is valid, so it can be imported as one.
/// Districts is empty for a two-level (2025) file.
/// </summary>
public sealed record UnitFile(
    int Levels,
    IReadOnlyList<UnitFileRow> Provinces,
    IReadOnlyList<UnitFileRow> Districts,
    IReadOnlyList<UnitFileRow> Communes);

/// <summary>A file that was refused: one message per bad row, each starting with its line number.</summary>
public sealed class UnitFileException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
