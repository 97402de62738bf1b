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

    public List<string> Errors { get; } = [];
    public IReadOnlyCollection<UnitFileRow> Communes => _communes.Values;

    public string? AddProvince(UnitFileRow row) => AddOnce(_provinces, row);
    public string? AddDistrict(UnitFileRow row) => AddOnce(_districts, row);

    public string? AddCommune(UnitFileRow row) =>
        _communes.TryAdd(row.Code, row) ? null : WorkflowText.Get("Units.DuplicateCommune", row.Code);

    public UnitFile ToFile() => new(levels, [.. _provinces.Values], [.. _districts.Values], [.. _communes.Values]);

    private static string? AddOnce(Dictionary<string, UnitFileRow> seen, UnitFileRow row)
    {
        if (!seen.TryGetValue(row.Code, out var earlier)) { seen.Add(row.Code, row); return null; }
        return earlier == row ? null : WorkflowText.Get("Units.Contradiction", row.Code, earlier.Name, row.Name);
    }
}
