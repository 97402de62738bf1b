using Portal.Workflows.Texts;

namespace Portal.Workflows.Units;

/// <summary>
/// Gathers the units of a file as rows are read, and catches contradictions between rows:
/// a code that comes back with another name or parent, a commune listed twice.
/// </summary>
internal sealed class UnitFileCollector(int levels)
{
    private readonly Dictionary<string, UnitFileRow> _provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitFileRow> _districts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitFileRow> _communes = new(StringComparer.Ordinal);
    /// <summary>The line where each code first appears (codes of the three levels differ in length, so never clash).</summary>
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = [];
    public IReadOnlyCollection<UnitFileRow> Communes => _communes.Values;

    public string? AddProvince(UnitFileRow row, int line) => AddOnce(_provinces, row, line);
    public string? AddDistrict(UnitFileRow row, int line) => AddOnce(_districts, row, line);

    public string? AddCommune(UnitFileRow row, int line)
    {
        if (!_communes.TryAdd(row.Code, row)) return WorkflowText.Get("Units.DuplicateCommune", row.Code);
        _lines.TryAdd(row.Code, line);
        return null;
    }

    public UnitFile ToFile() => new(levels, [.. _provinces.Values], [.. _districts.Values], [.. _communes.Values]) { Lines = _lines };

    private string? AddOnce(Dictionary<string, UnitFileRow> seen, UnitFileRow row, int line)
    {
        if (!seen.TryGetValue(row.Code, out var earlier)) { seen.Add(row.Code, row); _lines.TryAdd(row.Code, line); return null; }
        return earlier == row ? null : WorkflowText.Get("Units.Contradiction", row.Code, earlier.Name, row.Name);
    }
}
