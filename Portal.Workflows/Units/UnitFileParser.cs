using System.Text.RegularExpressions;
using Portal.Workflows.Csv;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Units;

/// <summary>
/// Reads a units CSV of the shape of Seed/units (2024: seven columns, three levels; 2025: five columns,
/// two levels) and checks every row: first the rules of every imported CSV (<see cref="CsvFile"/>), then the units'
/// own. A file with any bad row is refused whole, naming each bad line.
/// </summary>
public static partial class UnitFileParser
{
    public const string Header2024 = "province_code,province_name,district_code,district_name,commune_code,commune_name,commune_type";
    public const string Header2025 = "province_code,province_name,commune_code,commune_name,commune_type";
    /// <summary>The longest unit name accepted; the longest official one has about 40 characters.</summary>
    public const int MaxNameLength = 100;

    public static UnitFile Parse(TextReader reader)
    {
        var levels = CsvFile.ReadHeader(reader) switch { Header2024 => 3, Header2025 => 2, _ => 0 };
        if (levels == 0) throw new UnitFileException([WorkflowText.Get("Units.BadHeader", Header2024, Header2025)]);

        var collector = new UnitFileCollector(levels);
        var rules = new CsvRules(levels == 3 ? 7 : 5) { MaxCellLength = MaxNameLength };
        foreach (var row in CsvFile.ReadRows(reader, rules, collector.Errors))
        {
            var error = ReadRow(collector, row.Cells, levels, row.Line);
            if (error is not null) collector.Errors.Add(CsvFile.LineError(row.Line, error));
        }
        if (collector.Errors.Count > 0) throw new UnitFileException(collector.Errors);
        if (collector.Communes.Count == 0) throw new UnitFileException([WorkflowText.Get("Units.Empty")]);
        return collector.ToFile();
    }

    private static string? ReadRow(UnitFileCollector collector, IReadOnlyList<string> f, int levels, int line)
    {
        var (pCode, pName) = (f[0], f[1]);
        var (cCode, cName, cType) = levels == 3 ? (f[4], f[5], f[6]) : (f[2], f[3], f[4]);
        if (!Digits(2).IsMatch(pCode)) return WorkflowText.Get("Units.BadCode", "province_code", pCode, 2);
        if (!Digits(5).IsMatch(cCode)) return WorkflowText.Get("Units.BadCode", "commune_code", cCode, 5);
        var pType = UnitTypes.PrefixOf(pName, UnitTypes.Province);
        if (pType is null) return WorkflowText.Get("Units.BadName", "province_name", pName);
        if (!UnitTypes.Commune.Contains(cType)) return WorkflowText.Get("Units.BadType", cType, string.Join(", ", UnitTypes.Commune));
        if (UnitTypes.PrefixOf(cName, [cType]) is null) return WorkflowText.Get("Units.NameTypeMismatch", cName, cType);

        var error = collector.AddProvince(new UnitFileRow(pCode, pName, pType, null), line);
        if (error is not null) return error;
        var parentCode = pCode;
        if (levels == 3)
        {
            var (dCode, dName) = (f[2], f[3]);
            if (!Digits(3).IsMatch(dCode)) return WorkflowText.Get("Units.BadCode", "district_code", dCode, 3);
            var dType = UnitTypes.PrefixOf(dName, UnitTypes.District);
            if (dType is null) return WorkflowText.Get("Units.BadName", "district_name", dName);
            error = collector.AddDistrict(new UnitFileRow(dCode, dName, dType, pCode), line);
            if (error is not null) return error;
            parentCode = dCode;
        }
        return collector.AddCommune(new UnitFileRow(cCode, cName, cType, parentCode), line);
    }

    private static Regex Digits(int n) => n switch { 2 => TwoDigits(), 3 => ThreeDigits(), _ => FiveDigits() };
    [GeneratedRegex("^[0-9]{2}$")] private static partial Regex TwoDigits();
    [GeneratedRegex("^[0-9]{3}$")] private static partial Regex ThreeDigits();
    [GeneratedRegex("^[0-9]{5}$")] private static partial Regex FiveDigits();
}
