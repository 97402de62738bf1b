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
    IReadOnlyList<UnitFileRow> Communes)
{
    /// <summary>The line of the file where each code first appears, for refusals found later (against the database).</summary>
    public IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>();
}

/// <summary>A units file that was refused: one message per problem, each naming its line.</summary>
public sealed class UnitFileException(IReadOnlyList<string> errors) : Csv.CsvFileException(errors);
