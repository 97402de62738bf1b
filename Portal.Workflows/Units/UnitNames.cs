using System.Globalization;

namespace Portal.Workflows.Units;

/// <summary>
/// Unit names as an administrative text writes them (Nghị định 30/2020/NĐ-CP, appendix on capitals): in running text
/// the type word is a common noun — "Ủy ban nhân dân xã Bình Kiến", "thành phố Tuy Hoà" — except where the name itself
/// is a number ("Phường 1", "Quận 8"); in the heading it is all capitals.
/// </summary>
public static class UnitNames
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] AllTypes = [.. UnitTypes.District, .. UnitTypes.Province, .. UnitTypes.Commune];

    /// <summary>"Xã Bình Kiến" → "xã Bình Kiến"; "Phường 1" stays; a name without a known type stays as it is.</summary>
    public static string InRunningText(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (UnitTypes.PrefixOf(name, AllTypes.Distinct()) is not { } type) return name;
        var rest = name[(type.Length + 1)..];
        return rest.All(char.IsDigit) ? name : type.ToLower(Vi) + " " + rest;
    }

    /// <summary>"Thành phố Tuy Hoà" → "Tuy Hoà": the place in the date line of a document.</summary>
    public static string Short(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return UnitTypes.PrefixOf(name, AllTypes.Distinct()) is { } type ? name[(type.Length + 1)..] : name;
    }

    /// <summary>All capitals, as in a document's heading ("THÀNH PHỐ TUY HOÀ").</summary>
    public static string Upper(string text) => (text ?? "").ToUpper(Vi);
}
